// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "models/chartdata.h"
#include "chartview.h"
#include "models/result.h"

#include <QSize>

namespace cp {

// Writes a chart as PNG (rendered offscreen at `size`) or its data as CSV,
// chosen by the file's extension. The file is replaced only when complete.
// `workspace` ("Live · Shop", "Replay · Demo") heads a PNG's title, so an
// exported picture always says which kind of data it shows. `state` (the
// view's hidden series and zoom) makes the PNG what the analyst sees; none
// (the command line) draws what a fresh view shows (ROAS and impressions
// hidden, struck out in the legend). The CSV keeps every point of every series.
// Whether `path` and `size` can be written (the extension .png or .csv, the
// size 100…10000 each way): what exportChart() refuses, for the command line
// to refuse before any workspace is opened.
Status checkChartExport(const QString &path, QSize size);
Status exportChart(const ChartData &data, const QString &path, QSize size = {1200, 700}, const QString &workspace = {},
                   const std::optional<ChartViewState> &state = std::nullopt);

} // namespace cp
