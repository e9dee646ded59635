// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/chartdata.h"
#include "models/result.h"

#include <QSize>

namespace cp {

// Writes a chart as PNG (rendered offscreen at `size`) or its data as CSV,
// chosen by the file's extension. The file is replaced only when complete.
// `workspace` ("Live · Shop", "Replay · Demo") heads a PNG's title, so an
// exported picture always says which kind of data it shows.
Status exportChart(const ChartData &data, const QString &path, QSize size = {1200, 700}, const QString &workspace = {});

} // namespace cp
