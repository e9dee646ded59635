// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agents/llm/chatclient.h"
#include "agents/llm/copycheck.h"
#include "models/recommendation.h"

#include <QJsonObject>

namespace cp::Prompts {

// The prompts' versions: an approval records the one its copy answered, so
// a change of wording is visible in the audit log. Raise one with every
// change to its text.
inline constexpr char kAdCopyVersion[] = "ad-copy/2";   // 2: the shop's currency named
inline constexpr char kExplanationVersion[] = "explain/1";

// Ad copy for one product. Our instructions go in the system message; the
// product's facts go in the user message as one JSON object that the system
// message calls data: a shop's description that says "ignore your
// instructions" is a sentence about the product, and whatever the model
// makes of it is checked (copycheck.h) and has no way to reach a budget, a
// decision or an id — the model is offered no tools and its answer is read
// as three strings.
ChatPrompt adCopy(const QJsonObject &facts, const CopyCheck::Limits &limits);

// A plain-language paragraph about a recommendation, from its rationale,
// inputs and thresholds only; shown beside the rule's rationale, never
// instead of it.
ChatPrompt explanation(const Recommendation &r, const QString &language);

// "German (de)": the language's English name, which models read best, with its code.
QString languageName(const QString &bcp47);

} // namespace cp::Prompts
