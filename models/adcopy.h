// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cp {

// One version of a new campaign's ad text, in Meta's three fields: the
// primary text (above the picture), the headline (below it) and the
// description (under the headline). Where it came from travels with it, so
// that an approval records what wrote the text it sends.
struct AdCopy
{
    QString headline;
    QString primaryText;
    QString description;
    QString source;          // "template", "model", "operator"
    QString model;           // source "model": the model's name as its server reported it
    QString promptVersion;   // source "model": the prompt it answered (agents/llm/prompts.h)

    bool isEmpty() const { return headline.isEmpty() && primaryText.isEmpty() && description.isEmpty(); }
    bool sameText(const AdCopy &other) const
    {
        return headline == other.headline && primaryText == other.primaryText && description == other.description;
    }
    QJsonObject toJson() const;
    static AdCopy fromJson(const QJsonObject &o);
};

// A new campaign's copy: the variants the operator picks from (the
// template's first, then the model's), which one is chosen, why a model's
// answer was refused, and the product facts every variant was written from
// (so that Regenerate asks from the same facts). The recommendation's
// campaignName and adCopy always equal the chosen variant's headline and
// primary text: that is what approval records and the platform receives.
struct CopyChoice
{
    QList<AdCopy> variants;
    int chosen = 0;
    QStringList refusals;    // "the model's copy was refused: …", newest last
    QJsonObject facts;       // name, category, price, stock, description, currency, language

    bool isEmpty() const { return variants.isEmpty(); }
    const AdCopy *current() const { return chosen >= 0 && chosen < variants.size() ? &variants[chosen] : nullptr; }
    QJsonObject toJson() const;
    static CopyChoice fromJson(const QJsonObject &o);
};

} // namespace cp

Q_DECLARE_METATYPE(cp::AdCopy)
Q_DECLARE_METATYPE(cp::CopyChoice)
