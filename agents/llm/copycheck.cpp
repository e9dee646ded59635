// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace cp::CopyCheck {

namespace {
struct CheckText
{
    Q_DECLARE_TR_FUNCTIONS(CopyCheck)
};

// C0/C1 controls (a line break only where allowed), bidirectional overrides
// and invisible characters: text that reads one way and means another.
bool hasHiddenCharacters(const QString &text, bool allowNewline)
{
    for (const char32_t c : text.toUcs4()) {
        if ((c < 0x20 && !(allowNewline && c == '\n')) || (c >= 0x7f && c < 0xa0))
            return true;
        if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff
            || c == 0x2028 || c == 0x2029)
            return true;
    }
    return false;
}

bool hasMarkup(const QString &text)
{
    static const QRegularExpression html(QStringLiteral(R"(<\s*[A-Za-z/!?]|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);)"));
    static const QRegularExpression markdown(QStringLiteral(R"(\*\*|__|`|\]\(|(?:^|\n)\s{0,3}#{1,6}\s|(?:^|\n)\s*>\s|\{\{|\}\})"));
    return html.match(text).hasMatch() || markdown.match(text).hasMatch();
}

QString addressIn(const QString &text)
{
    static const QRegularExpression address(QStringLiteral(
        R"((?i)\b[a-z][a-z0-9+.\-]*://\S*|\bwww\.\S*|\b[\w.+\-]+@[\w\-]+\.[\w.\-]+|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|info|biz|io|co|ly|me|app|shop|store|online|site|xyz|de|es|fr|it|nl|uk|eu|us)\b(?:/\S*)?)"));
    const QRegularExpressionMatch m = address.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

// The digit runs of a text in their order, without leading zeros:
// "€1.234,56" gives 1, 234 and 56. The first one not in the facts is the
// one a refusal names, whatever the run.
QStringList digitRuns(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QStringList out;
    for (auto it = digits.globalMatch(text); it.hasNext();) {
        QString run = it.next().captured(0);
        while (run.size() > 1 && run.startsWith(QLatin1Char('0')))
            run.remove(0, 1);
        out << run;
    }
    return out;
}

// An amount in the text written as money: a currency sign, code or word
// next to a number. Its value in minor units when it can be read.
struct Amount
{
    QString text;
    std::optional<qint64> minor;
};

std::optional<qint64> amountMinor(QString number)
{
    number.remove(QRegularExpression(QStringLiteral("[\\s\\x{00a0}\\x{202f}']")));
    // The last separator followed by exactly one or two digits is the decimal one.
    const qsizetype sep = std::max(number.lastIndexOf(QLatin1Char('.')), number.lastIndexOf(QLatin1Char(',')));
    QString whole = number, cents;
    if (sep >= 0 && number.size() - sep - 1 <= 2 && number.size() - sep - 1 >= 1) {
        whole = number.left(sep);
        cents = number.mid(sep + 1);
    }
    whole.remove(QLatin1Char('.'));
    whole.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 units = whole.toLongLong(&ok);
    if (!ok || whole.size() > 15)
        return std::nullopt;
    const qint64 c = cents.isEmpty() ? 0 : (cents.size() == 1 ? cents.toLongLong() * 10 : cents.toLongLong());
    return units * 100 + c;
}

QList<Amount> amounts(const QString &text, const QString &currency)
{
    QString codes = QStringLiteral("USD|EUR|GBP|CHF|JPY|CAD|AUD|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|INR|CNY");
    if (QRegularExpression(QStringLiteral("^[A-Z]{3}$")).match(currency).hasMatch() && !codes.contains(currency))
        codes += QLatin1Char('|') + currency;
    const QString sign = QStringLiteral(R"((?:[$€£¥₹₩₽₺₪]|\b(?:%1)\b|\b(?:euros?|dollars?|pounds?|francs?|yen|kr)\b))").arg(codes);
    const QString number = QStringLiteral(R"(\d[\d.,\x{00a0}\x{202f}' ]*\d|\d)");
    const QRegularExpression money(QStringLiteral("(?i)%1\\s?(%2)|(%2)\\s?%1").arg(sign, number));
    QList<Amount> out;
    for (auto it = money.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString n = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        out.append({m.captured(0).trimmed(), amountMinor(n.trimmed())});
    }
    return out;
}

QString field(const char *name)
{
    // The names people see for Meta's three text fields.
    if (qstrcmp(name, "headline") == 0)
        return CheckText::tr("headline");
    if (qstrcmp(name, "primary_text") == 0)
        return CheckText::tr("primary text");
    return CheckText::tr("description");
}
} // namespace

Limits Limits::of(const Policy &p)
{
    return {p.copyPrimaryTextMaxChars, p.copyHeadlineMaxChars, p.copyDescriptionMaxChars};
}

int length(const QString &text)
{
    return int(text.toUcs4().size());
}

QJsonObject facts(const Product &p, const QString &currency, const QString &language)
{
    QJsonObject o{{QStringLiteral("product_id"), p.id},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("category"), p.category},
                  // A shop's description can be long; the model gets its start.
                  {QStringLiteral("description"), p.description.left(1500)},
                  {QStringLiteral("currency"), currency},
                  {QStringLiteral("language"), language}};
    if (p.price) {
        o.insert(QStringLiteral("price"), currency.isEmpty() ? formatAmount(*p.price) : formatMoney(*p.price, currency));
        o.insert(QStringLiteral("price_minor"), double(p.price->minor()));
    }
    if (p.stock)
        o.insert(QStringLiteral("stock"), double(*p.stock));
    return o;
}

Result<AdCopy> parseCopy(const QString &content)
{
    QString text = content.trimmed();
    // Models like to fence JSON in Markdown even when asked not to.
    static const QRegularExpression fence(QStringLiteral(R"(^```[A-Za-z]*\s*\n?([\s\S]*?)\n?```$)"));
    if (const QRegularExpressionMatch m = fence.match(text); m.hasMatch())
        text = m.captured(1).trimmed();
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        return Error{CheckText::tr("the answer is not the JSON object asked for (\"%1\")").arg(text.left(80)), QStringLiteral("model")};
    const QJsonObject o = doc.object();
    AdCopy c;
    for (const auto &[key, member] : {std::pair{"headline", &AdCopy::headline}, std::pair{"primary_text", &AdCopy::primaryText},
                                      std::pair{"description", &AdCopy::description}}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && qstrcmp(key, "description") == 0)
            continue;
        if (!v.isString())
            return Error{CheckText::tr("the answer's \"%1\" is not text").arg(QLatin1String(key)), QStringLiteral("model")};
        c.*member = v.toString().trimmed();
    }
    c.source = QStringLiteral("model");
    return c;
}

QString check(const AdCopy &c, const QJsonObject &facts, const Limits &limits, bool strict)
{
    const std::tuple<const char *, const QString *, int> fields[] = {
        {"headline", &c.headline, limits.headline},
        {"primary_text", &c.primaryText, limits.primaryText},
        {"description", &c.description, limits.description}};
    for (const auto &[name, text, max] : fields) {
        if (text->trimmed().isEmpty() && qstrcmp(name, "description") != 0)
            return CheckText::tr("the %1 is empty").arg(field(name));
        if (const int n = length(*text); n > max)
            return CheckText::tr("the %1 has %2 characters, more than the %3 allowed").arg(field(name)).arg(n).arg(max);
        if (hasHiddenCharacters(*text, qstrcmp(name, "primary_text") == 0))
            return CheckText::tr("the %1 holds control or invisible characters").arg(field(name));
        if (hasMarkup(*text))
            return CheckText::tr("the %1 holds markup (HTML or Markdown)").arg(field(name));
        if (const QString a = addressIn(*text); !a.isEmpty())
            return CheckText::tr("the %1 holds an address (%2); an ad's link is set on the platform, not in its text").arg(field(name), a);
    }
    if (!strict)
        return {};
    const QString currency = facts.value(QStringLiteral("currency")).toString();
    const std::optional<qint64> price = facts.contains(QStringLiteral("price_minor"))
                                            ? std::optional<qint64>(qint64(facts.value(QStringLiteral("price_minor")).toDouble()))
                                            : std::nullopt;
    QString factText;
    for (const char *key : {"name", "category", "description", "price", "stock", "price_minor"}) {
        const QJsonValue v = facts.value(QLatin1String(key));
        factText += (v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString()) + QLatin1Char(' ');
    }
    const QStringList factRuns = digitRuns(factText);
    const QSet<QString> known(factRuns.cbegin(), factRuns.cend());
    for (const auto &[name, text, max] : fields) {
        for (const Amount &a : amounts(*text, currency)) {
            if (!price)
                return CheckText::tr("the %1 names a price (%2), but the product has none").arg(field(name), a.text);
            if (a.minor != price)
                return CheckText::tr("the %1 names a price (%2) that is not the product's (%3)")
                    .arg(field(name), a.text, facts.value(QStringLiteral("price")).toString());
        }
        for (const QString &run : digitRuns(*text))
            if (!known.contains(run))
                return CheckText::tr("the %1 names a number (%2) found nowhere in the product's facts").arg(field(name), run);
    }
    // The operator's words are never an ad's: copy that speaks of budgets,
    // decisions or instructions obeyed text planted in a product's facts (a
    // newcomer's trial: "Budget set to 10,000", "IMPORTANT SYSTEM NOTE",
    // "Decision: CONTINUE" passed every other check). A word that is in the
    // product's name or category ("Budget Travel Kit") stays allowed.
    static const QRegularExpression operatorWords(
        QStringLiteral("(?i)\\b(budgets?|bids?|bidding|instructions?|prompts?|system note|decisions?|approv\\w*|"
                       "ignore (all )?previous|CONTINUE|OPTIMI[SZ]E|MONITOR|EMERGENCY_PAUSE)\\b"));
    const QString ownWords = facts.value(QStringLiteral("name")).toString() + QLatin1Char(' ')
                             + facts.value(QStringLiteral("category")).toString();
    for (const auto &[name, text, max] : fields)
        for (auto it = operatorWords.globalMatch(*text); it.hasNext();) {
            const QString word = it.next().captured(1);
            if (!ownWords.contains(word, Qt::CaseInsensitive))
                return CheckText::tr("the %1 speaks of \"%2\", the operator's business, not an ad's (an instruction in the "
                                     "product's texts obeyed?)").arg(field(name), word);
        }
    return {};
}

QString checkExplanation(const QString &text, const Recommendation &r)
{
    if (text.trimmed().isEmpty())
        return CheckText::tr("the explanation is empty");
    if (const int n = length(text); n > 800)
        return CheckText::tr("the explanation has %1 characters, more than the 800 allowed").arg(n);
    if (hasHiddenCharacters(text, true))
        return CheckText::tr("the explanation holds control or invisible characters");
    if (hasMarkup(text))
        return CheckText::tr("the explanation holds markup (HTML or Markdown)");
    if (const QString a = addressIn(text); !a.isEmpty())
        return CheckText::tr("the explanation holds an address (%1)").arg(a);
    const QString source = r.title + QLatin1Char(' ') + r.rationale + QLatin1Char(' ')
                           + QString::fromUtf8(QJsonDocument(r.inputs).toJson(QJsonDocument::Compact)) + QLatin1Char(' ')
                           + QString::fromUtf8(QJsonDocument(r.thresholds).toJson(QJsonDocument::Compact)) + QLatin1Char(' ')
                           + (r.proposedBudget ? r.proposedBudget->toString() : QString()) + QLatin1Char(' ')
                           + (r.previousBudget ? r.previousBudget->toString() : QString());
    // A figure may be rounded in words ("12.3 %" for 12.3456): the leading
    // digits of a run stand for it.
    QSet<QString> known;
    for (const QString &run : digitRuns(source))
        for (qsizetype n = 1; n <= run.size(); ++n)
            known.insert(run.left(n));
    for (const QString &run : digitRuns(text))
        if (!known.contains(run))
            return CheckText::tr("the explanation names a number (%1) that is in neither the rationale nor its inputs").arg(run);
    return {};
}

} // namespace cp::CopyCheck
