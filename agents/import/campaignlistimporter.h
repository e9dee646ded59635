// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"

#include <QHash>
#include <QList>

namespace cp {

// A list of campaigns, a row each: id, name, status and, when the file has
// them, the product advertised, the platform, the daily budget and the
// dates. The `campaigns.csv` that `export-recording` writes is one (seen:
// refused as "the columns match no importer", so a workspace moved to a team
// server through an export lost its campaigns' names, budgets and states);
// so is a campaign list exported from an ad platform with those columns.
// A campaign named twice is an error naming both lines; a product the
// workspace does not have stops the import (import the catalog first).
class CampaignListImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CampaignListImporter)
public:
    QString id() const override { return QStringLiteral("campaigns"); }
    QString displayName() const override { return tr("Campaign list"); }
    QList<FieldSpec> fields() const override;

protected:
    void reset() override;
    std::optional<QString> readRow(const RowView &row, qint64 line) override;
    Status write(StoreWriter &writer, ImportReport &report, TaskContext *context) override;

private:
    QList<Campaign> m_rows;
    QHash<QString, qint64> m_lines;   // campaign id -> line
};

} // namespace cp
