// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace cp {

namespace {
constexpr std::int64_t kMaxMinor = Money::kMaxMinor;

template<typename Char>
std::optional<Money> parseDecimal(const Char *p, const Char *end, bool *outOfRange, bool *rounded)
{
    if (outOfRange)
        *outOfRange = false;
    if (rounded)
        *rounded = false;
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    if (p == end)
        return std::nullopt;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
    }
    std::int64_t whole = 0;
    int wholeDigits = 0;
    while (p < end && *p >= '0' && *p <= '9') {
        whole = whole * 10 + (*p - '0');
        if (whole > kMaxMinor / 100) {
            // Only a number that is otherwise well formed is "out of range".
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
            if (p < end && *p == '.')
                ++p;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
            if (outOfRange && p == end)
                *outOfRange = true;
            return std::nullopt;
        }
        ++p;
        ++wholeDigits;
    }
    int fraction = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (p < end && *p == '.') {
        ++p;
        while (p < end && *p >= '0' && *p <= '9') {
            if (fractionDigits < 2)
                fraction = fraction * 10 + (*p - '0');
            else if (fractionDigits == 2)
                roundUp = *p >= '5';
            ++fractionDigits;
            ++p;
        }
    }
    if (p != end || (wholeDigits == 0 && fractionDigits == 0))
        return std::nullopt;
    if (fractionDigits == 1)
        fraction *= 10;
    if (rounded && fractionDigits > 2)
        *rounded = true;
    std::int64_t minor = whole * 100 + fraction + (roundUp ? 1 : 0);
    return Money::fromMinor(negative ? -minor : minor);
}
} // namespace

std::optional<Money> Money::parse(QStringView text, bool *outOfRange, bool *rounded)
{
    return parseDecimal(text.utf16(), text.utf16() + text.size(), outOfRange, rounded);
}

std::optional<Money> Money::parse(const char *begin, const char *end, bool *outOfRange, bool *rounded)
{
    return parseDecimal(begin, end, outOfRange, rounded);
}

std::optional<Money> Money::checkedAdd(Money o) const
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_minor, o.m_minor, &sum) || sum > kMaxMinor || sum < -kMaxMinor)
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedMul(std::int64_t n) const
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(m_minor, n, &product) || product > kMaxMinor || product < -kMaxMinor)
        return std::nullopt;
    return Money(product);
}

QString Money::toString() const
{
    const std::int64_t absMinor = m_minor < 0 ? -m_minor : m_minor;
    return QStringLiteral("%1%2.%3")
        .arg(m_minor < 0 ? QStringLiteral("-") : QString())
        .arg(absMinor / 100)
        .arg(int(absMinor % 100), 2, 10, QLatin1Char('0'));
}

bool isCurrencyCode(QStringView code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

const QSet<QString> &knownCurrencyCodes()
{
    static const QSet<QString> codes = [] {
        QSet<QString> out;
        for (const QLocale &l : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory))
            if (const QString c = l.currencySymbol(QLocale::CurrencyIsoCode); c.size() == 3)
                out.insert(c);
        out.remove(QStringLiteral("XXX"));
        return out;
    }();
    return codes;
}

QString currencySymbol(const QString &isoCode)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(isoCode); it != cache.cend())
        return *it;
    QString symbol = isoCode;
    // Prefer the currency's home locale (en_GB for GBP) over any other user of it.
    const QList<QLocale> locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &l : locales) {
        if (l.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
            symbol = l.currencySymbol(QLocale::CurrencySymbol);
            if (l.language() == QLocale::English)
                break;
        }
    }
    // A symbol in the East Asian fullwidth forms (ja_JP's "￥", ko_KR's
    // "￦") as its usual halfwidth one: in a Latin interface the fullwidth
    // sign is not what people write, and common fonts (DejaVu) draw it as an
    // empty box (a walkthrough's yen amounts read "▯103,196").
    for (QChar &c : symbol) {
        const char16_t u = c.unicode();
        if (u == 0xFFE5)
            c = QChar(0x00A5);   // ¥
        else if (u == 0xFFE6)
            c = QChar(0x20A9);   // ₩
        else if (u == 0xFFE0 || u == 0xFFE1)
            c = QChar(char16_t(u == 0xFFE0 ? 0x00A2 : 0x00A3));   // ¢ £
        else if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFF01 + 0x21));   // fullwidth ASCII
    }
    cache.insert(isoCode, symbol);
    return symbol;
}

QString formatMoney(const Money &amount, const QString &isoCode)
{
    return formatMoney(amount, isoCode, QLocale());
}

QString formatMoney(const Money &amount, const QString &isoCode, QLocale locale)
{
    // The C locale (LANG unset, LC_ALL=C) writes "2.08£"; nobody reads money
    // that way. It falls back to English number and symbol order: "£2.08".
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    // A currency nobody named (a live workspace before a connection or an
    // import with one): no symbol. The locale's would put "$" on pounds.
    if (isoCode.isEmpty())
        return locale.toString(amount.toDouble(), 'f', 2);
    const QString symbol = currencySymbol(isoCode);
    // Money holds cents: never more than two decimals; a whole-unit currency
    // shows none unless the amount has cents (then they are not hidden).
    const int digits = std::min(2, currencyMinorDigits(isoCode));
    return locale.toCurrencyString(amount.toDouble(), symbol, amount.minor() % 100 ? 2 : digits);
}

QString formatAmount(const Money &amount)
{
    return QLocale().toString(amount.toDouble(), 'f', 2);
}

namespace {
struct MoneyText
{
    Q_DECLARE_TR_FUNCTIONS(Money)
};
} // namespace

std::optional<Money> parseTypedAmount(const QString &typed, const QLocale &locale, const QString &currency, QString *why)
{
    auto refuse = [&](const QString &reason) -> std::optional<Money> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QString notAnAmount = MoneyText::tr("“%1” is not an amount (e.g. %2)").arg(typed, locale.toString(25.0, 'f', 2));
    // The workspace's own currency may stand before or after the number, as
    // its code or its symbol ("£12.50", "12,50 EUR"); nothing else may: a
    // walkthrough's "1k" read as 1.00, "20 USD" as £20.00 and "4x5" as 45.00.
    QString t = typed.trimmed();
    if (!currency.isEmpty()) {
        for (const QString &mark : {currency, currencySymbol(currency)}) {
            if (mark.isEmpty())
                continue;
            if (t.startsWith(mark, Qt::CaseInsensitive))
                t = t.mid(mark.size()).trimmed();
            else if (t.endsWith(mark, Qt::CaseInsensitive))
                t = t.left(t.size() - mark.size()).trimmed();
        }
    }
    for (const QChar c : std::as_const(t)) {
        if (c.isLetter() || c.category() == QChar::Symbol_Currency) {
            // Another currency's code or sign: said as such.
            static const QRegularExpression code(QStringLiteral("\\b[A-Za-z]{3}\\b"));
            const auto m = code.match(t);
            if (!currency.isEmpty() && ((m.hasMatch() && knownCurrencyCodes().contains(m.captured(0).toUpper()))
                                        || c.category() == QChar::Symbol_Currency))
                return refuse(MoneyText::tr("“%1”: this workspace's amounts are in %2").arg(typed, currency));
            return refuse(notAnAmount);
        }
    }
    const QChar point = locale.decimalPoint().front();
    const QChar group = locale.groupSeparator().front();
    // Spaces inside the number only where the locale groups thousands with
    // one (French: 1 250,00); "3 50" is no amount elsewhere.
    QString digitsOnly;
    for (const QChar c : std::as_const(t)) {
        if (c.isSpace()) {
            if (!group.isSpace())
                return refuse(notAnAmount);
            digitsOnly += group;
            continue;
        }
        if (c.isDigit() || c == u'.' || c == u',' || c == u'-' || c == u'\'' || c == group || c == point)
            digitsOnly += c;
        else
            return refuse(notAnAmount);
    }
    t = digitsOnly;
    if (t.isEmpty() || !std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }))
        return refuse(notAnAmount);
    // Which mark is the decimal one: the last of '.' and ',' when both
    // appear; a mark typed once is one, except the locale's group mark
    // before exactly three digits ("1.500" in German: a thousand and a half,
    // or one and a half as typed in English?), which is refused.
    const qsizetype lastDot = t.lastIndexOf(u'.'), lastComma = t.lastIndexOf(u',');
    qsizetype decimalAt = -1;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalAt = std::max(lastDot, lastComma);
    } else if (lastDot >= 0 || lastComma >= 0) {
        const qsizetype at = std::max(lastDot, lastComma);
        const QChar mark = t.at(at);
        const bool once = t.count(mark) == 1;
        const qsizetype after = t.size() - at - 1;
        if (mark == group && once && after == 3)
            return refuse(MoneyText::tr("“%1” reads two ways, as %2 or as %3: write the one you mean without the separator")
                              .arg(typed, QString(t).remove(mark),
                                   locale.toString(QString(t).replace(mark, u'.').toDouble(), 'f', QLocale::FloatingPointShortest)));
        else if (once)
            decimalAt = at;   // a mark typed once not before three digits cannot group: "3.50" in German reads as typed
    }
    QString whole = decimalAt >= 0 ? t.left(decimalAt) : t;
    const QString fraction = decimalAt >= 0 ? t.mid(decimalAt + 1) : QString();
    const bool negative = whole.startsWith(u'-');
    if (negative)
        whole.remove(0, 1);
    // Group marks between the whole part's digits: one kind, groups of three.
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}([.,' \u00a0\u202f])[0-9]{3}(\\1[0-9]{3})*$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!whole.isEmpty() && !digits.match(whole).hasMatch()) {
        if (!grouped.match(whole).hasMatch())
            return refuse(notAnAmount);
        whole.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    }
    if (!fraction.isEmpty() && !digits.match(fraction).hasMatch())
        return refuse(notAnAmount);
    if (whole.isEmpty() && fraction.isEmpty())
        return refuse(notAnAmount);
    if (fraction.size() > 2)
        return refuse(MoneyText::tr("“%1” has more than two decimals").arg(typed));
    const QString canonical = (negative ? QStringLiteral("-") : QString()) + (whole.isEmpty() ? QStringLiteral("0") : whole)
                              + (fraction.isEmpty() ? QString() : u'.' + fraction);
    bool outOfRange = false;
    const auto m = Money::parse(canonical, &outOfRange);
    if (!m)
        return refuse(outOfRange ? MoneyText::tr("“%1” is too large").arg(typed) : notAnAmount);
    return m;
}

int currencyMinorDigits(const QString &iso4217)
{
    // ISO 4217 (List One, "Minor unit"), the codes whose exponent is not 2.
    static const QHash<QString, int> exponents = {
        {QStringLiteral("BIF"), 0}, {QStringLiteral("CLP"), 0}, {QStringLiteral("DJF"), 0}, {QStringLiteral("GNF"), 0},
        {QStringLiteral("ISK"), 0}, {QStringLiteral("JPY"), 0}, {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0},
        {QStringLiteral("PYG"), 0}, {QStringLiteral("RWF"), 0}, {QStringLiteral("UGX"), 0}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0}, {QStringLiteral("XOF"), 0},
        {QStringLiteral("XPF"), 0},
        {QStringLiteral("BHD"), 3}, {QStringLiteral("IQD"), 3}, {QStringLiteral("JOD"), 3}, {QStringLiteral("KWD"), 3},
        {QStringLiteral("LYD"), 3}, {QStringLiteral("OMR"), 3}, {QStringLiteral("TND"), 3},
        {QStringLiteral("CLF"), 4}, {QStringLiteral("UYW"), 4},
    };
    return exponents.value(iso4217.trimmed().toUpper(), 2);
}

QString liveCurrency()
{
    const QString set = qEnvironmentVariable("CP_CURRENCY").trimmed().toUpper();
    return set.size() == 3 ? set : QStringLiteral("USD");
}

} // namespace cp
