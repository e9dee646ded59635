// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycheck.h"

#include "models/money.h"

#include <QCoreApplication>
#include <QHash>
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
    qsizetype start = 0, end = 0;   // where in the text
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
    if (isCurrencyCode(currency) && !codes.contains(currency))
        codes += QLatin1Char('|') + currency;
    const QString sign = QStringLiteral(R"((?:[$€£¥₹₩₽₺₪]|\b(?:%1)\b|\b(?:euros?|dollars?|pounds?|francs?|yen|kr)\b))").arg(codes);
    const QString number = QStringLiteral(R"(\d[\d.,\x{00a0}\x{202f}' ]*\d|\d)");
    const QRegularExpression money(QStringLiteral("(?i)%1\\s?(%2)|(%2)\\s?%1").arg(sign, number));
    QList<Amount> out;
    for (auto it = money.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString n = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        out.append({m.captured(0).trimmed(), amountMinor(n.trimmed()), m.capturedStart(0), m.capturedEnd(0)});
    }
    return out;
}

// The currency a sign, code or word stands for: "$" any dollar, "£" the
// pound, "EUR" the euro. The shop's own is the one in its facts.
bool isOwnCurrency(const QString &token, const QString &currency)
{
    if (currency.isEmpty())
        return true;   // not known: nothing to hold the copy to
    const QString t = token.trimmed().toLower();
    const QString own = currency.toLower();
    if (t == own)
        return true;
    const QString symbol = currencySymbol(currency);
    if (!symbol.isEmpty() && symbol != currency && (t == symbol.toLower() || symbol.endsWith(token.trimmed())))
        return true;
    static const QHash<QString, QStringList> words{
        {QStringLiteral("euro"), {QStringLiteral("eur")}},          {QStringLiteral("euros"), {QStringLiteral("eur")}},
        {QStringLiteral("pound"), {QStringLiteral("gbp")}},         {QStringLiteral("pounds"), {QStringLiteral("gbp")}},
        {QStringLiteral("franc"), {QStringLiteral("chf")}},         {QStringLiteral("francs"), {QStringLiteral("chf")}},
        {QStringLiteral("yen"), {QStringLiteral("jpy")}},           {QStringLiteral("¥"), {QStringLiteral("jpy"), QStringLiteral("cny")}},
        {QStringLiteral("kr"), {QStringLiteral("sek"), QStringLiteral("nok"), QStringLiteral("dkk"), QStringLiteral("isk")}},
        {QStringLiteral("€"), {QStringLiteral("eur")}},             {QStringLiteral("£"), {QStringLiteral("gbp")}},
        {QStringLiteral("₹"), {QStringLiteral("inr")}},             {QStringLiteral("₩"), {QStringLiteral("krw")}},
        {QStringLiteral("₽"), {QStringLiteral("rub")}},             {QStringLiteral("₺"), {QStringLiteral("try")}},
        {QStringLiteral("₪"), {QStringLiteral("ils")}}};
    if (const auto it = words.constFind(t); it != words.cend())
        return it->contains(own);
    // "$" and "dollars": any currency whose sign is a dollar's.
    if (t == u"$" || t == u"dollar" || t == u"dollars")
        return symbol.contains(QLatin1Char('$'));
    return false;
}

// Every currency a text names (a sign, an ISO code, a currency's word).
QStringList currenciesIn(const QString &text)
{
    static const QRegularExpression mention(QStringLiteral(
        R"((?i)([$€£¥₹₩₽₺₪]|\b(?:USD|EUR|GBP|CHF|JPY|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|MXN|BRL|INR|CNY|RUB|TRY|ILS|KRW)\b|)"
        R"(\b(?:euros?|dollars?|pounds?|francs?|yen|kr)\b))"));
    QStringList out;
    for (auto it = mention.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

QString languageWord(const QString &code)
{
    if (code == u"de")
        return CheckText::tr("German");
    if (code == u"es")
        return CheckText::tr("Spanish");
    return CheckText::tr("English");
}

// "de" of "de-AT", "de_DE"; empty for a language languageOf() cannot tell.
QString checkedLanguage(const QString &bcp47)
{
    const QString code = bcp47.left(2).toLower();
    return code == u"de" || code == u"es" || code == u"en" ? code : QString();
}

// Another language than the one asked for, in words (empty: none found).
QString wrongLanguage(const QString &text, const QString &wanted, const QString &what)
{
    const QString want = checkedLanguage(wanted);
    if (want.isEmpty())
        return {};
    const QString got = languageOf(text);
    if (got.isEmpty() || got == want)
        return {};
    return CheckText::tr("the %1 is written in %2, not in %3, the workspace's language").arg(what, languageWord(got), languageWord(want));
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

QString shopCurrency(const QString &workspaceCurrency)
{
    if (!workspaceCurrency.isEmpty())
        return workspaceCurrency;
    const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return isCurrencyCode(local) ? local : QString();
}

QString answerText(const QString &content)
{
    QString text = content.trimmed();
    // A chatty first line before the answer ("Sure! Here is the ad copy:").
    static const QRegularExpression chatty(QStringLiteral(R"(^[^\n{`]{1,160}:[ \t]*\n)"));
    if (const QRegularExpressionMatch m = chatty.match(text); m.hasMatch() && !text.mid(m.capturedEnd()).trimmed().isEmpty())
        text = text.mid(m.capturedEnd()).trimmed();
    // Models like to fence their answer in Markdown even when asked not to.
    static const QRegularExpression fence(QStringLiteral(R"(^```[A-Za-z]*[ \t]*\n?([\s\S]*?)\n?```$)"));
    if (const QRegularExpressionMatch m = fence.match(text); m.hasMatch())
        text = m.captured(1).trimmed();
    return text;
}

Result<AdCopy> parseCopy(const QString &content)
{
    const QString text = answerText(content);
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
    // A number in copy is the product's price, written as money in the
    // shop's currency, or one that the product's name, category or stock
    // holds. Never one from the description: that is the shop's free text
    // (and anyone's who could write it), a newcomer's trial passed "Budget
    // now 10,000" because the description said 10,000.
    QString factText;
    for (const char *key : {"name", "category", "stock"}) {
        const QJsonValue v = facts.value(QLatin1String(key));
        factText += (v.isDouble() ? QString::number(qint64(v.toDouble())) : v.toString()) + QLatin1Char(' ');
    }
    const QStringList factRuns = digitRuns(factText);
    const QSet<QString> known(factRuns.cbegin(), factRuns.cend());
    const QString ownWords = facts.value(QStringLiteral("name")).toString() + QLatin1Char(' ')
                             + facts.value(QStringLiteral("category")).toString();
    const QString shopCurrency = currency.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(currency, currencySymbol(currency));
    for (const auto &[name, text, max] : fields) {
        for (const QString &mention : currenciesIn(*text))
            if (!isOwnCurrency(mention, currency) && !ownWords.contains(mention, Qt::CaseInsensitive))
                return CheckText::tr("the %1 names another currency (%2) than the shop's, %3").arg(field(name), mention, shopCurrency);
        QString rest = *text;
        const QList<Amount> found = amounts(*text, currency);
        for (const Amount &a : found) {
            if (!price)
                return CheckText::tr("the %1 names a price (%2), but the product has none").arg(field(name), a.text);
            if (a.minor != price)
                return CheckText::tr("the %1 names a price (%2) that is not the product's (%3)")
                    .arg(field(name), a.text, facts.value(QStringLiteral("price")).toString());
        }
        for (auto a = found.crbegin(); a != found.crend(); ++a)
            rest.replace(a->start, a->end - a->start, QLatin1String(" "));
        for (const QString &run : digitRuns(rest))
            if (!known.contains(run))
                return price ? CheckText::tr("the %1 names a number (%2) that is neither the product's price (as %3) nor in its "
                                             "name, category or stock")
                                   .arg(field(name), run, facts.value(QStringLiteral("price")).toString())
                             : CheckText::tr("the %1 names a number (%2) that is not in the product's name, category or stock")
                                   .arg(field(name), run);
    }
    // The operator's words are never an ad's: copy that speaks of budgets,
    // decisions or instructions obeyed text planted in a product's facts (a
    // newcomer's trial: "Budget set to 10,000", "IMPORTANT SYSTEM NOTE",
    // "Decision: CONTINUE" passed every other check). A word that is in the
    // product's name or category ("Budget Travel Kit") stays allowed.
    static const QRegularExpression operatorWords(
        QStringLiteral("(?i)\\b(budgets?|bids?|bidding|instructions?|prompts?|system note|decisions?|approv\\w*|"
                       "ignore (all )?previous|CONTINUE|OPTIMI[SZ]E|MONITOR|EMERGENCY_PAUSE)\\b"));
    for (const auto &[name, text, max] : fields)
        for (auto it = operatorWords.globalMatch(*text); it.hasNext();) {
            const QString word = it.next().captured(1);
            if (!ownWords.contains(word, Qt::CaseInsensitive))
                return CheckText::tr("the %1 speaks of \"%2\", the operator's business, not an ad's (an instruction in the "
                                     "product's texts obeyed?)").arg(field(name), word);
        }
    return wrongLanguage(c.headline + QLatin1Char('\n') + c.primaryText + QLatin1Char('\n') + c.description,
                         facts.value(QStringLiteral("language")).toString(), CheckText::tr("copy"));
}

QString limitProblem(const AdCopy &c, const Limits &limits)
{
    const std::tuple<const char *, const QString *, int> fields[] = {
        {"headline", &c.headline, limits.headline},
        {"primary_text", &c.primaryText, limits.primaryText},
        {"description", &c.description, limits.description}};
    for (const auto &[name, text, max] : fields)
        if (const int n = length(*text); n > max)
            return CheckText::tr("the %1 has %2 characters, more than the %3 allowed").arg(field(name)).arg(n).arg(max);
    return {};
}

QString shorten(const QString &text, int max)
{
    const QString whole = text.trimmed();
    if (length(whole) <= max)
        return whole;
    if (max <= 0)
        return {};
    const QList<uint> chars = whole.toUcs4();
    auto prefix = [&chars](qsizetype n) { return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), n); };
    auto tidy = [](QString t) {
        // No dangling dash, comma or colon at the cut.
        static const QRegularExpression tail(QStringLiteral("[\\s,;:\\-\u2013\u2014]+$"));
        return t.remove(tail);
    };
    // A clause that fits on its own: "Set Of 3 Regency Cake Tins" of "… — a favourite in Kitchen".
    for (const QString &sep : {QStringLiteral(" \u2014 "), QStringLiteral(" \u2013 "), QStringLiteral(" - "), QStringLiteral(": ")}) {
        const qsizetype at = whole.indexOf(sep);
        if (at > 0 && length(whole.left(at)) <= max)
            return tidy(whole.left(at));
    }
    // Else the words that fit, with an ellipsis when it fits too.
    for (const bool ellipsis : {true, false}) {
        const int room = ellipsis ? max - 1 : max;
        if (room <= 0)
            continue;
        // The last space at or before the cut ends the last whole word.
        qsizetype cut = room;
        while (cut > 0 && chars[cut] != uint(' '))
            --cut;
        const QString words = cut > 0 ? tidy(prefix(cut)) : QString();
        if (!words.isEmpty())
            return ellipsis ? words + QStringLiteral("\u2026") : words;
    }
    return prefix(max);   // one word longer than the limit
}

QString languageOf(const QString &text)
{
    // Short words frequent in each and (mostly) absent from the other two.
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        for (const char *en : {"the", "and", "of", "to", "for", "with", "is", "are", "your", "you", "it", "this", "on", "at",
                               "from", "our", "by", "be", "or", "that", "its", "now", "just", "every", "get", "will", "was"})
            w.insert(QString::fromUtf8(en), QStringLiteral("en"));
        for (const char *de : {"der", "die", "das", "und", "ein", "eine", "einen", "einem", "mit", "für", "ist", "sind", "ihr",
                               "ihre", "sie", "zu", "im", "von", "auf", "den", "dem", "des", "nicht", "auch", "jetzt", "noch",
                               "zum", "zur", "bei", "aus", "wir", "unser", "unsere", "wird", "oder"})
            w.insert(QString::fromUtf8(de), QStringLiteral("de"));
        for (const char *es : {"el", "la", "los", "las", "y", "un", "una", "del", "con", "para", "es", "son", "tu", "tus",
                               "su", "sus", "en", "por", "al", "que", "lo", "se", "más", "muy", "ya", "nuestro", "nuestra",
                               "cada", "ahora", "listo", "lista", "o"})
            w.insert(QString::fromUtf8(es), QStringLiteral("es"));
        return w;
    }();
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"));
    QHash<QString, int> counts;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        if (const auto w = words.constFind(it.next().captured(0)); w != words.cend())
            ++counts[*w];
    QString best;
    int top = 0, second = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > top) {
            second = top;
            top = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    // Sure only of two such words or more, and twice as many as the next language's.
    return top >= 2 && top >= 2 * second ? best : QString();
}

QString checkExplanation(const QString &text, const Recommendation &r, const QString &language)
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
    return wrongLanguage(text, language, CheckText::tr("explanation"));
}

} // namespace cp::CopyCheck
