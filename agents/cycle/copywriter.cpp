// SPDX-License-Identifier: GPL-3.0-or-later
#include "copywriter.h"

#include "agents/llm/copycheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QTranslator>
#include <map>
#include <memory>

namespace cp {

namespace {
struct CopyText
{
    Q_DECLARE_TR_FUNCTIONS(CopyWriter)
};

QString niceName(const QString &name)
{
    // Shop catalogs often shout (UCI names are upper case): title-case those.
    if (name != name.toUpper())
        return name;
    QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}
} // namespace

QString TemplateCopyWriter::languageKey(const QString &language)
{
    return language.isEmpty() ? QStringLiteral("en") : QLocale(language).name().section(u'_', 0, 0);
}

TemplateCopyWriter::TemplateCopyWriter(const QString &language) : m_language(languageKey(language)) {}

QString TemplateCopyWriter::text(const char *source) const
{
    // One translator per language, loaded once, never installed: the
    // window's language stays the window's.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> translators;
    QMutexLocker lock(&mutex);
    auto it = translators.find(m_language);
    if (it == translators.end()) {
        auto translator = std::make_unique<QTranslator>();
        if (m_language == u"en" || !translator->load(QStringLiteral("campaign-pilot_%1").arg(m_language), QStringLiteral(":/i18n")))
            translator.reset();
        it = translators.emplace(m_language, std::move(translator)).first;
    }
    const QString translated = it->second ? it->second->translate("CopyWriter", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString TemplateCopyWriter::headline(const Product &p, const QString &) const
{
    return p.category.isEmpty() ? text(QT_TRANSLATE_NOOP("CopyWriter", "%1 — order today")).arg(niceName(p.name))
                                : text(QT_TRANSLATE_NOOP("CopyWriter", "%1 — a favourite in %2")).arg(niceName(p.name), p.category);
}

QString TemplateCopyWriter::body(const Product &p, const QString &currency) const
{
    const QString price = p.price ? formatMoney(*p.price, currency, QLocale(m_language)) : QString();
    if (p.stock && *p.stock > 0 && !price.isEmpty())
        return text(QT_TRANSLATE_NOOP("CopyWriter", "%1 for %2. In stock and ready to ship.")).arg(niceName(p.name), price);
    if (!price.isEmpty())
        return text(QT_TRANSLATE_NOOP("CopyWriter", "%1 for %2.")).arg(niceName(p.name), price);
    return text(QT_TRANSLATE_NOOP("CopyWriter", "Discover %1.")).arg(niceName(p.name));
}

QString TemplateCopyWriter::description(const Product &p) const
{
    return p.stock && *p.stock > 0 ? text(QT_TRANSLATE_NOOP("CopyWriter", "Ready to ship")) : QString();
}

void attachCopy(QList<Recommendation> &recs, const QList<ProductStats> &products, const CopyWriter &writer, const QString &currency,
                const QString &language, const CopyCheck::Limits &limits)
{
    QHash<QString, const Product *> byId;
    for (const ProductStats &s : products)
        byId.insert(s.product.id, &s.product);
    for (Recommendation &r : recs) {
        const Product *p = byId.value(r.productId);
        if (r.action != Recommendation::Action::Create || !p)
            continue;
        AdCopy t;
        t.headline = CopyCheck::shorten(r.campaignName.isEmpty() ? writer.headline(*p, currency) : r.campaignName, limits.headline);
        t.primaryText = CopyCheck::shorten(r.adCopy.isEmpty() ? writer.body(*p, currency) : r.adCopy, limits.primaryText);
        t.description = CopyCheck::shorten(writer.description(*p), limits.description);
        t.source = QStringLiteral("template");
        r.copy = CopyChoice{{t}, 0, {}, CopyCheck::facts(*p, currency, language.isEmpty() ? QLocale().bcp47Name() : language)};
        r.campaignName = t.headline;
        r.adCopy = t.primaryText;
    }
}

} // namespace cp
