// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/rules/policy.h"
#include "models/adcopy.h"
#include "models/product.h"
#include "models/recommendation.h"
#include "models/result.h"

#include <QJsonObject>

namespace cp {

// Everything a language model writes is untrusted text: it is read as data
// (never run, never parsed as a command, never able to touch a decision, a
// budget or an id) and checked before anyone sees it as a proposal. A text
// that fails is refused with the reason, and the rule's own text stands.
namespace CopyCheck {

struct Limits
{
    int primaryText = 125, headline = 40, description = 30;
    static Limits of(const Policy &policy);
};

// The product facts copy may be written from, and nothing else: name,
// category, price (as text and in minor units), stock, description; with
// the currency and the language to write in.
QJsonObject facts(const Product &product, const QString &currency, const QString &language);

// The model's answer to the ad-copy prompt (prompts.h): one JSON object with
// "headline", "primary_text" and "description" strings (a ```json fence
// around it is tolerated). Any other field is ignored, unread.
Result<AdCopy> parseCopy(const QString &content);

// Why `copy` may not be proposed (empty: it may): a field empty or over its
// limit, control or invisible characters, markup (HTML, Markdown), an
// address (URL, e-mail), a price that is not the product's, or a number
// found nowhere in the product's facts. `strict` (a model's copy) adds the
// last two; an operator's own edit is held to the limits and the form only.
QString check(const AdCopy &copy, const QJsonObject &facts, const Limits &limits, bool strict = true);

// Why a generated explanation of `r` may not be shown (empty: it may):
// empty or over 800 characters, control characters, markup, an address, or
// a number that is in neither the rationale nor the inputs and thresholds.
QString checkExplanation(const QString &text, const Recommendation &r);

// Characters as people count them (code points, not UTF-16 units).
int length(const QString &text);

} // namespace CopyCheck
} // namespace cp
