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

// The currency copy is written in: the workspace's (ISO 4217); one that
// never named one (a live workspace of imported files) gets the locale's,
// the one the window shows its money in.
QString shopCurrency(const QString &workspaceCurrency);

// The one tolerant reading of a model's answer, for copy and explanations
// alike: the text inside a Markdown code fence (```json … ```) and without a
// chatty first line ("Sure! Here is the ad:"). Nothing else is forgiven.
QString answerText(const QString &content);

// The model's answer to the ad-copy prompt (prompts.h): one JSON object with
// "headline", "primary_text" and "description" strings (read through
// answerText()). Any other field is ignored, unread.
Result<AdCopy> parseCopy(const QString &content);

// Why `copy` may not be proposed (empty: it may): a field empty or over its
// limit, control or invisible characters, markup (HTML, Markdown), an
// address (URL, e-mail); and with `strict` (a model's copy) a currency
// other than the shop's, a price that is not the product's, a number that
// is neither that price (as money) nor in the product's name, category or
// stock (never one from the description, which is untrusted text), words of
// the operator's business, or another language than the facts' (de, es,
// en). An operator's own edit is held to the limits and the form only.
QString check(const AdCopy &copy, const QJsonObject &facts, const Limits &limits, bool strict = true);

// Only the limits (approval holds every copy to them, the template's too).
QString limitProblem(const AdCopy &copy, const Limits &limits);

// `text` cut to at most `max` characters on a word boundary, with "…" when
// that fits; unchanged when it fits already.
QString shorten(const QString &text, int max);

// The language a text is most likely written in, of de, es and en, by the
// share of their most common short words; empty when it cannot tell (too
// few such words, or a tie). Cheap, and only sure of a sentence or more.
QString languageOf(const QString &text);

// Why a generated explanation of `r` may not be shown (empty: it may):
// empty or over 800 characters, control characters, markup, an address, a
// number that is in neither the rationale nor the inputs and thresholds, or
// another language than `language` (de, es, en).
QString checkExplanation(const QString &text, const Recommendation &r, const QString &language = QString());

// Characters as people count them (code points, not UTF-16 units).
int length(const QString &text);

} // namespace CopyCheck
} // namespace cp
