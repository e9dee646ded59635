// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/llm/copycheck.h"
#include "agents/rules/rules.h"
#include "models/product.h"
#include "models/recommendation.h"

#include <QString>

namespace cp {

// Writes ad copy for a new campaign, synchronously and deterministically:
// the rules' own copy, which every cycle has. A language model's variants
// are added after it on the Creator's thread (agents/llm/modelwriter.h), and
// only where a live workspace has a model; the template's stays the
// fallback whenever the model is off, slow or wrong.
class CopyWriter
{
public:
    virtual ~CopyWriter() = default;
    virtual QString headline(const Product &product, const QString &currency) const = 0;
    virtual QString body(const Product &product, const QString &currency) const = 0;
    // Meta's description line (under the headline); empty: none.
    virtual QString description(const Product &) const { return {}; }
};

// The template's copy is in the ad's language (BCP 47; empty or "en":
// English), never the window's: a cycle run from a German window wrote
// German ads for a UK shop, and they were sent. Its texts are translated
// with the program's own translations of that language, looked up apart
// from the window's, and prices written as that language writes them.
class TemplateCopyWriter final : public CopyWriter
{
public:
    explicit TemplateCopyWriter(const QString &language = {});
    QString headline(const Product &product, const QString &currency) const override;
    QString body(const Product &product, const QString &currency) const override;
    QString description(const Product &product) const override;
    QString language() const { return m_language; }
    // A BCP 47 tag as the writer keeps it: "de" for "de_DE", "en" for none.
    static QString languageKey(const QString &language);

private:
    QString text(const char *source) const;
    QString m_language;
};

// Gives each new campaign its copy (CopyChoice): the product's facts (in
// `language`, BCP 47; empty: the program's; in `currency`, see
// CopyCheck::shopCurrency) and the writer's variant, which is the one
// chosen: campaignName and adCopy are its headline and body. The variant is
// held to the policy's limits (CopyCheck::shorten): a long product name
// makes a long headline, and approval refuses copy over them.
void attachCopy(QList<Recommendation> &recs, const QList<ProductStats> &products, const CopyWriter &writer, const QString &currency,
                const QString &language, const CopyCheck::Limits &limits = {});

} // namespace cp
