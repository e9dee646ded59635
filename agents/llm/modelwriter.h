// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/llm/chatclient.h"
#include "agents/llm/copycheck.h"
#include "models/recommendation.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace cp {

// A generated explanation of a recommendation, shown beside the rule's own
// rationale and marked as generated.
struct Explanation
{
    QString text;
    QString model;
    QString promptVersion;
};

// What a language model writes for Campaign Pilot: ad copy for new
// campaigns and explanations of recommendations. Every answer is checked
// (copycheck.h) before it is offered; a refusal says why. It has no say over
// anything else: it receives facts and returns text. Lives in the thread
// that uses it (the Creator's during a cycle; a worker of the window's
// otherwise) and never blocks it: results arrive through the callbacks.
class ModelWriter final : public QObject
{
    Q_OBJECT
public:
    explicit ModelWriter(const ModelEndpoint &endpoint, QObject *parent = nullptr);

    // A checked variant for the product `facts` describe (CopyCheck::facts),
    // or why there is none (no answer, an answer that failed a check).
    using CopyDone = std::function<void(const Result<AdCopy> &)>;
    void writeCopy(const QJsonObject &facts, const CopyCheck::Limits &limits, CopyDone done);

    using ExplanationDone = std::function<void(const Result<Explanation> &)>;
    void explain(const Recommendation &r, ExplanationDone done);

    // The cycle's copy step: asks for every new campaign's copy at once and
    // waits at most the policy's copy deadline for all of them. A checked
    // answer becomes the chosen variant (the template's stays beside it); a
    // refused or missing one leaves the template's chosen and says why in
    // the recommendation's copy. Nothing else of a recommendation is touched.
    void addModelCopy(QList<Recommendation> recs, const Policy &policy, std::shared_ptr<std::atomic_bool> cancel,
                      std::function<void(QList<Recommendation>)> done);

    int wireRequests() const { return m_chat->wireRequests(); }

    // Why there is no copy (or explanation), in a sentence that tells a
    // refusal of the model's text ("The language model's copy was refused
    // (the headline has 52 characters …)") from a model that was not
    // reached, answered HTTP 500, was rate limited or rejected the key (and
    // whether a key was sent at all).
    static QString whyNot(const Error &error, const ModelEndpoint &endpoint, bool explanation = false);

private:
    ModelEndpoint m_endpoint;
    ChatClient *m_chat;
};

} // namespace cp
