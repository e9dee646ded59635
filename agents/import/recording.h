// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "models/manifest.h"

#include <QList>

namespace cp {

class TaskContext;

// Everything a recording holds, in memory (used to write one).
struct RecordingContent
{
    RecordingManifest manifest;
    QList<Product> products;
    QList<ProductDay> productDays;
    QList<Campaign> campaigns;
    QList<CampaignDay> campaignDays;
};

struct RecordingLoadReport
{
    RecordingManifest manifest;
    bool alreadyLoaded = false;   // the store held this very recording
    bool cancelled = false;
    QMap<QString, qint64> written;
};

// A recording is a folder: manifest.json plus one CSV per table
// (products.csv, product_days.csv, campaigns.csv, campaign_days.csv).
// "demo" names the bundled demo recording (":/demo").
namespace Recording {

QString resolve(const QString &pathOrDemo);
Result<RecordingManifest> readManifest(const QString &pathOrDemo);

// Loads the recording into the store in one transaction, replacing what the
// store held before. When the store already holds the same content (same
// hash), nothing is written unless `force`. Every file is checked strictly:
// the first bad row stops the load with "file:line: reason" and the store is
// left as it was.
Result<RecordingLoadReport> load(const QString &pathOrDemo, QSqlDatabase db, TaskContext *context = nullptr,
                                 bool force = false);

// Everything the store holds (a live store's snapshots, or a loaded
// recording) as a recording's content; `manifest` supplies id, title,
// currency and sources, the dates come from the data.
Result<RecordingContent> fromStore(QSqlDatabase db, RecordingManifest manifest);

// Writes what the store holds as a recording folder: File > Export
// recording and `campaign-pilot export-recording`. A store holding a loaded
// recording keeps that recording's manifest; otherwise `fallback` names it.
// Returns the manifest written (its dates from the data).
// `leftOut` (when given) gets what the store holds that a recording cannot:
// an ad export's lifetime totals (a recording holds days), said, not dropped
// without a word. A replay workspace whose recorded backend had actions
// applied is no longer its recording: its manifest gets an id and title of
// its own, naming the original and the actions.
Result<RecordingManifest> exportStore(QSqlDatabase db, const QString &folder, const RecordingManifest &fallback,
                                      QStringList *leftOut = nullptr);

// Writes a recording folder (created if needed). Rows are written in a
// stable order so that the same content gives the same bytes.
Status write(const QString &folder, const RecordingContent &content);

} // namespace Recording
} // namespace cp
