// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace cp {

// Describes a recording: where its data came from, under which license, in
// which currency, over which dates, and which columns are modelled rather
// than recorded. Stored as manifest.json beside the recording's CSV files and
// copied into the store when the recording is opened.
struct RecordingManifest
{
    struct Source
    {
        QString name;
        QString file;
        QString license;
        QString provenance;
    };

    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    QString id;
    QString title;
    QString currency;          // ISO 4217, e.g. "GBP"
    QDate from;
    QDate to;
    QList<Source> sources;
    // Role ("products", "product_days", "campaigns", "campaign_days",
    // "ad_totals") -> file name relative to the manifest.
    QMap<QString, QString> files;
    // "table.column" -> how it was modelled.
    QMap<QString, QString> modelled;
    QString generator;
    quint64 seed = 0;

    bool isModelled(const QString &tableColumn) const { return modelled.contains(tableColumn); }

    // Strict: a missing or mistyped field is an Error naming the field.
    static Result<RecordingManifest> fromJson(const QByteArray &json, const QString &where);
    QByteArray toJson() const;
};

} // namespace cp
