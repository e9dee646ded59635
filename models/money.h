// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringView>
#include <compare>
#include <cstdint>
#include <optional>

namespace cp {

// An exact amount of money in minor units (pence, cents). Money is never a
// binary floating-point number in this program: the store keeps the integer,
// and decimal text is parsed digit by digit.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinor(std::int64_t minor) { return Money(minor); }

    // Parses decimal text such as "12", "-3.5", "1.429999948" or "1e3" is
    // refused. More than two decimals are rounded half away from zero, which
    // is how exports with float noise ("1.429999948") become exact cents.
    // Text beyond ±kMaxMinor is refused too; `outOfRange` (when given) tells
    // that case from text that is not a number, so the caller can say which.
    // `rounded` (when given) is set when decimals past the cents were rounded,
    // so an importer can say so instead of rounding silently.
    static std::optional<Money> parse(QStringView text, bool *outOfRange = nullptr, bool *rounded = nullptr);
    static std::optional<Money> parse(const char *begin, const char *end, bool *outOfRange = nullptr,
                                      bool *rounded = nullptr);

    // The largest amount this program accepts, in minor units (~4.6e17: far
    // beyond any shop, and small enough that 20 of them still fit in 64 bits,
    // so sums checked with checkedAdd never wrap).
    static constexpr std::int64_t kMaxMinor = INT64_MAX / 20;
    // Sums and products that would leave ±kMaxMinor: nullopt instead of a
    // wrapped (negative) amount.
    std::optional<Money> checkedAdd(Money o) const;
    std::optional<Money> checkedMul(std::int64_t n) const;

    constexpr std::int64_t minor() const { return m_minor; }
    double toDouble() const { return double(m_minor) / 100.0; }
    // "12.30", "-0.05": the canonical text used in recordings.
    QString toString() const;

    constexpr Money operator+(Money o) const { return Money(m_minor + o.m_minor); }
    constexpr Money operator-(Money o) const { return Money(m_minor - o.m_minor); }
    constexpr Money &operator+=(Money o) { m_minor += o.m_minor; return *this; }
    constexpr Money &operator-=(Money o) { m_minor -= o.m_minor; return *this; }
    // Multiplies by an integer count (units x unit price) exactly.
    constexpr Money operator*(std::int64_t n) const { return Money(m_minor * n); }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t minor) : m_minor(minor) {}
    std::int64_t m_minor = 0;
};

// Whether `code` has the form of an ISO 4217 code: three capital letters A–Z,
// nothing else (not whether the code is assigned).
bool isCurrencyCode(QStringView code);

// The ISO 4217 codes Qt's locale data knows (every territory's currency):
// "(USD)" in a header is a currency, "(UTC)" or "(in)" is not. XXX is ISO
// 4217's "no currency": not one a workspace's money can be in, whether
// --currency, a currency column, a header or a recording's manifest names it.
const QSet<QString> &knownCurrencyCodes();

// The symbol people know for an ISO 4217 code ("GBP" -> "£"), taken from a
// locale that uses that currency; the code itself when no locale does.
QString currencySymbol(const QString &isoCode);

// An amount for display: the user's locale, the recording's currency, with
// as many decimals as the currency has (¥5,000, not ¥5,000.00). No currency
// (`isoCode` empty: not known yet): the number alone, two decimals.
QString formatMoney(const Money &amount, const QString &isoCode);
// The same in a given locale (ad copy is written in the ad's language, not
// the window's).
QString formatMoney(const Money &amount, const QString &isoCode, QLocale locale);

// An amount in a sentence where the currency is not known (rationales,
// validation errors): the user's locale, two decimals, no symbol ("351,84"
// in German). The C locale gives the canonical text, as toString() does.
QString formatAmount(const Money &amount);

// An amount an operator typed (a budget in a dialog), read the way they
// wrote it: the canonical "3.50", or the locale's own decimal mark ("3,50"
// in German) and group separators ("1,250.00" in English, "1.250,00" in
// German), with `currency`'s code or symbol before or after it (no other
// letter, sign or currency: "1k", "20 USD" in a GBP workspace). A text that reads two
// ways in this locale ("1.500" in German: 1500 or 1.50?) is refused, and so
// is one with more than two decimals: `why` says which, for the dialog.
std::optional<Money> parseTypedAmount(const QString &text, const QLocale &locale, const QString &currency = {},
                                      QString *why = nullptr);

// The digits of a currency's minor unit, its ISO 4217 exponent: 0 for JPY,
// KRW, CLP, ISK, PYG, VND…, 3 for BHD, JOD, KWD, OMR, TND…, 2 for the rest
// (and for a code this table does not know). Money keeps two decimals
// whatever the currency, so ¥5,000 is Money 5000.00; an amount with more
// decimals than its currency has cannot be sent to a platform as it is.
int currencyMinorDigits(const QString &iso4217);

// The currency a live workspace records its money in: CP_CURRENCY when set,
// else "USD" (the currency File > Export recording writes into the manifest
// of a live workspace). A live source in another currency is not mixed in.
QString liveCurrency();

} // namespace cp

Q_DECLARE_METATYPE(cp::Money)
