// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelwriter.h"

#include "prompts.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

namespace cp {

namespace {
struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(ModelWriter)
};

// The model's name goes into the audit log: one line of printable text.
QString printable(QString text)
{
    static const QRegularExpression controls(QStringLiteral("[\\x00-\\x1f\\x7f-\\x9f]"));
    return text.remove(controls).left(200);
}
} // namespace

ModelWriter::ModelWriter(const ModelEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_chat(new ChatClient(endpoint, this))
{
}

QString ModelWriter::whyNot(const Error &e, const ModelEndpoint &endpoint, bool explanation)
{
    // The answer came and failed a check (or was no usable completion).
    if (e.where == u"model")
        return explanation ? WriterText::tr("The language model's explanation was refused (%1)").arg(e.message)
                           : WriterText::tr("The language model's copy was refused (%1)").arg(e.message);
    const QString noKey = endpoint.keyMissing
                              ? WriterText::tr(" No API key is stored for this connection (it was kept for one session only, "
                                               "without a keychain): type it again in Agents ▸ Connections or set CP_LLM_API_KEY.")
                              : QString();
    // The status of a server's refusal, also where the network layer said it only in words ("HTTP 429 …; the server asks to wait …").
    int status = e.httpStatus;
    static const QRegularExpression http(QStringLiteral("\\bHTTP (\\d{3})\\b"));
    if (const QRegularExpressionMatch m = http.match(e.message); status == 0 && m.hasMatch())
        status = m.captured(1).toInt();
    if (status == 401 || status == 403)
        return (endpoint.key.isEmpty()
                    ? WriterText::tr("The language model's server answered HTTP %1: the server rejected the key (or none was sent: no "
                                     "key stored for this connection)")
                    : WriterText::tr("The language model's server answered HTTP %1: the server rejected the key (is the API key "
                                     "in Agents ▸ Connections right?)"))
                   .arg(status)
               + noKey;
    if (status == 429)
        return WriterText::tr("The language model was rate limited (%1)").arg(e.message) + noKey;
    if (status > 0)
        return WriterText::tr("The language model answered HTTP %1 (%2)").arg(status).arg(e.message) + noKey;
    return WriterText::tr("The language model could not be reached or gave no answer in time (%1)").arg(e.message) + noKey;
}

void ModelWriter::writeCopy(const QJsonObject &facts, const CopyCheck::Limits &limits, CopyDone done)
{
    m_chat->complete(Prompts::adCopy(facts, limits), [facts, limits, done = std::move(done)](const Result<ChatAnswer> &answer) {
        if (!answer)
            return done(answer.error());
        auto copy = CopyCheck::parseCopy(answer->content);
        if (!copy)
            return done(copy.error());
        if (const QString why = CopyCheck::check(*copy, facts, limits); !why.isEmpty())
            return done(Error{why, QStringLiteral("model")});
        AdCopy c = *copy;
        c.model = printable(answer->model);
        c.promptVersion = QLatin1String(Prompts::kAdCopyVersion);
        done(c);
    });
}

void ModelWriter::explain(const Recommendation &r, ExplanationDone done)
{
    m_chat->complete(Prompts::explanation(r, m_endpoint.language),
                     [r, done = std::move(done), language = m_endpoint.language](const Result<ChatAnswer> &answer) {
        if (!answer)
            return done(answer.error());
        // The same tolerant reading as the copy's: a fence or a chatty first line is dropped.
        const QString text = CopyCheck::answerText(answer->content);
        if (const QString why = CopyCheck::checkExplanation(text, r, language); !why.isEmpty())
            return done(Error{why, QStringLiteral("model")});
        done(Explanation{text, printable(answer->model), QLatin1String(Prompts::kExplanationVersion)});
    });
}

void ModelWriter::addModelCopy(QList<Recommendation> recs, const Policy &policy, std::shared_ptr<std::atomic_bool> cancel,
                               std::function<void(QList<Recommendation>)> done)
{
    struct State
    {
        QList<Recommendation> recs;
        std::function<void(QList<Recommendation>)> done;
        int pending = 0;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    state->recs = std::move(recs);
    state->done = std::move(done);
    const CopyCheck::Limits limits = CopyCheck::Limits::of(policy);
    const int deadlineMs = policy.copyModelDeadlineSeconds * 1000;
    auto finish = [state] {
        if (std::exchange(state->finished, true))
            return;
        state->done(std::move(state->recs));
    };
    auto refuse = [endpoint = m_endpoint](Recommendation &r, const Error &why) {
        r.copy.refusals << WriterText::tr("%1; the template's copy is used.").arg(whyNot(why, endpoint));
    };
    for (qsizetype i = 0; i < state->recs.size(); ++i) {
        if (state->recs[i].action != Recommendation::Action::Create || state->recs[i].copy.isEmpty())
            continue;
        ++state->pending;
        writeCopy(state->recs[i].copy.facts, limits, [state, i, finish, refuse, cancel](const Result<AdCopy> &copy) {
            if (state->finished)
                return;
            Recommendation &r = state->recs[i];
            if (copy) {
                // Only the copy changes: decision, action, product, budget and ids are the rules'.
                r.copy.variants.append(*copy);
                r.copy.chosen = int(r.copy.variants.size() - 1);
                r.campaignName = copy->headline;
                r.adCopy = copy->primaryText;
            } else {
                refuse(r, copy.error());
            }
            if (--state->pending == 0 || cancel->load())
                finish();
        });
    }
    if (state->pending == 0)
        return finish();
    // The network layer's own deadline ends each request in time; this one
    // holds the cycle to it whatever a request does.
    QTimer::singleShot(deadlineMs + 500, this, [state, finish, refuse, deadlineMs] {
        if (state->finished)
            return;
        for (Recommendation &r : state->recs)
            if (r.action == Recommendation::Action::Create && !r.copy.isEmpty() && r.copy.chosen == 0 && r.copy.refusals.isEmpty())
                refuse(r, Error{WriterText::tr("no answer within the copy deadline of %1 s").arg(deadlineMs / 1000), QStringLiteral("deadline")});
        finish();
    });
}

} // namespace cp
