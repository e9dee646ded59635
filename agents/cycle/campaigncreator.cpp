// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigncreator.h"

#include "agents/llm/modelwriter.h"

namespace cp {

void CampaignCreator::run(const CycleInput &input, const Policy &policy, const QString &cycleId, const QDateTime &now,
                          std::shared_ptr<std::atomic_bool> cancel, const std::optional<ModelEndpoint> &model)
{
    // The ads' language: the language model's where one is set, else
    // English; never the window's (whoever ran the cycle).
    const QString language = model && !model->language.isEmpty() ? model->language : QStringLiteral("en");
    std::shared_ptr<const CopyWriter> copy = m_copy;
    if (auto templ = std::dynamic_pointer_cast<const TemplateCopyWriter>(m_copy); templ && templ->language() != TemplateCopyWriter::languageKey(language))
        copy = std::make_shared<TemplateCopyWriter>(language);
    QList<Recommendation> recs = CycleSteps::create(input, policy, *copy, cycleId, now, *cancel);
    // The shop's currency, so that the model is told it and copy in another is refused.
    attachCopy(recs, input.products, *copy, CopyCheck::shopCurrency(input.currency), language, CopyCheck::Limits::of(policy));
    const bool anyNew = std::any_of(recs.cbegin(), recs.cend(), [](const Recommendation &r) { return !r.copy.isEmpty(); });
    if (!model || !model->isSet() || !anyNew || cancel->load())
        return emit finished(recs);
    // Every request ends by the copy deadline: the network layer's deadline
    // is the cycle's, so a slow model costs the cycle that long at most.
    ModelEndpoint endpoint = *model;
    endpoint.policy.deadlineMs = policy.copyModelDeadlineSeconds * 1000;
    endpoint.policy.transferTimeoutMs = std::min(endpoint.policy.transferTimeoutMs, endpoint.policy.deadlineMs);
    auto *writer = new ModelWriter(endpoint, this);
    writer->addModelCopy(std::move(recs), policy, cancel, [this, writer](QList<Recommendation> written) {
        writer->deleteLater();
        emit finished(written);
    });
}

} // namespace cp
