// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/product.h"

#include <QString>

namespace cp {

// Writes ad copy for a new campaign. The template writer is the default; an
// LLM-backed writer can implement the same interface later (it would run in
// the Creator's thread and must return within the cycle).
class CopyWriter
{
public:
    virtual ~CopyWriter() = default;
    virtual QString headline(const Product &product, const QString &currency) const = 0;
    virtual QString body(const Product &product, const QString &currency) const = 0;
};

class TemplateCopyWriter final : public CopyWriter
{
public:
    QString headline(const Product &product, const QString &currency) const override;
    QString body(const Product &product, const QString &currency) const override;
};

} // namespace cp
