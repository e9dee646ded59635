// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/money.h"

#include <QTest>

using cp::Money;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("whole") << "12" << true << qint64(1200);
        QTest::newRow("one decimal") << "2.1" << true << qint64(210);
        QTest::newRow("two decimals") << "51.00" << true << qint64(5100);
        QTest::newRow("float noise rounds down") << "1.429999948" << true << qint64(143);
        QTest::newRow("third decimal 5 rounds up") << "0.165" << true << qint64(17);
        QTest::newRow("third decimal 4 rounds down") << "0.164" << true << qint64(16);
        QTest::newRow("negative") << "-3.5" << true << qint64(-350);
        QTest::newRow("negative rounds away from zero") << "-0.005" << true << qint64(-1);
        QTest::newRow("leading dot") << ".5" << true << qint64(50);
        QTest::newRow("spaces trimmed") << " 7.25 " << true << qint64(725);
        QTest::newRow("plus sign") << "+1" << true << qint64(100);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("only a dot") << "." << false << qint64(0);
        QTest::newRow("exponent refused") << "1e3" << false << qint64(0);
        QTest::newRow("comma refused") << "1,5" << false << qint64(0);
        QTest::newRow("currency sign refused") << "£5" << false << qint64(0);
        QTest::newRow("NaN refused") << "NaN" << false << qint64(0);
        QTest::newRow("absurdly large refused") << "99999999999999999999" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto m = Money::parse(QStringView(text));
        QCOMPARE(m.has_value(), valid);
        const QByteArray utf8 = text.toUtf8();
        const auto m8 = Money::parse(utf8.constData(), utf8.constData() + utf8.size());
        QCOMPARE(m8.has_value(), valid);
        if (valid) {
            QCOMPARE(m->minor(), minor);
            QCOMPARE(m8->minor(), minor);
        }
    }
    void toStringRoundTrips_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << "0.00";
        QTest::newRow("pence") << qint64(5) << "0.05";
        QTest::newRow("pounds") << qint64(123456) << "1234.56";
        QTest::newRow("negative pence") << qint64(-5) << "-0.05";
    }
    void toStringRoundTrips()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, text);
        QCOMPARE(Money::fromMinor(minor).toString(), text);
        QCOMPARE(Money::parse(QStringView(text))->minor(), minor);
    }
    void arithmeticIsExact()
    {
        // 0.1 + 0.2 in binary floating point is not 0.3; in minor units it is.
        const Money sum = *Money::parse(u"0.1") + *Money::parse(u"0.2");
        QCOMPARE(sum, *Money::parse(u"0.3"));
        QCOMPARE((*Money::parse(u"2.55") * 7).minor(), qint64(1785));
    }

    void moneyUnderTheCLocaleReadsLikeMoney()
    {
        // LC_ALL=C: not "2.08£" but the symbol first, as in English.
        const QLocale before;
        QLocale::setDefault(QLocale::c());
        const QString shown = formatMoney(Money::fromMinor(208), QStringLiteral("GBP"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = formatMoney(Money::fromMinor(208), QStringLiteral("EUR"));
        QLocale::setDefault(before);
        QCOMPARE(shown, QStringLiteral("£2.08"));
        QVERIFY2(german.startsWith(QLatin1String("2,08")), qPrintable(german));   // a real locale keeps its own order
    }

    // ja_JP's symbol is the fullwidth "￥" (U+FFE5): a box in common fonts,
    // and not what an English or German interface writes.
    void symbolsAreHalfwidth()
    {
        QCOMPARE(cp::currencySymbol(QStringLiteral("JPY")), QStringLiteral("\u00A5"));
        for (const char *code : {"JPY", "KRW", "CNY", "GBP", "EUR", "USD"})
            for (const QChar c : cp::currencySymbol(QLatin1String(code)))
                QVERIFY2(c.unicode() < 0xFF00, code);
        QVERIFY(cp::formatMoney(cp::Money::fromMinor(103196'00), QStringLiteral("JPY"), QLocale(QLocale::English, QLocale::UnitedKingdom))
                    .contains(QStringLiteral("\u00A5103,196")));
    }

    void aCurrencyCodeIsThreeCapitalLetters()
    {
        QVERIFY(cp::isCurrencyCode(u"GBP"));
        QVERIFY(cp::isCurrencyCode(u"XAF"));
        for (const char16_t *bad : {u"", u"gbp", u"GB", u"GBPX", u"G1P", u"GBP\n", u" GBP", u"ÄBC"})
            QVERIFY2(!cp::isCurrencyCode(bad), qPrintable(QString::fromUtf16(bad)));
    }

    void aTypedAmountReadsAsItsWriterMeantIt_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minor");   // -1: refused
        QTest::addColumn<QString>("why");    // a part of the reason
        QTest::newRow("de decimal comma") << "de_DE" << "3,50" << qint64(350) << "";
        QTest::newRow("de canonical") << "de_DE" << "3.50" << qint64(350) << "";
        QTest::newRow("de grouped") << "de_DE" << "1.250,00" << qint64(125000) << "";
        QTest::newRow("de another currency's sign") << "de_DE" << "25,00 €" << qint64(-1) << "amounts are in GBP";
        QTest::newRow("de pound sign") << "de_DE" << "25,00 £" << qint64(2500) << "";
        // A walkthrough's: letters and other currencies were dropped, not refused.
        QTest::newRow("1k") << "en_GB" << "1k" << qint64(-1) << "not an amount";
        QTest::newRow("4x5") << "en_GB" << "4x5" << qint64(-1) << "not an amount";
        QTest::newRow("25 pro Tag") << "de_DE" << "25 pro Tag" << qint64(-1) << "not an amount";
        QTest::newRow("20 USD in GBP") << "en_GB" << "20 USD" << qint64(-1) << "amounts are in GBP";
        QTest::newRow("$20 in GBP") << "en_GB" << "$20" << qint64(-1) << "amounts are in GBP";
        QTest::newRow("3 50") << "en_GB" << "3 50" << qint64(-1) << "not an amount";
        QTest::newRow("gbp code lower case") << "en_GB" << "12.50 gbp" << qint64(1250) << "";
        QTest::newRow("fr grouped by a narrow space") << "fr_FR" << QString::fromUtf8("1\u202f250,00") << qint64(125000) << "";
        QTest::newRow("de 1.500 reads two ways") << "de_DE" << "1.500" << qint64(-1) << "reads two ways";
        QTest::newRow("en grouped") << "en_US" << "1,250.75" << qint64(125075) << "";
        QTest::newRow("en pound") << "en_US" << "£40" << qint64(4000) << "";
        QTest::newRow("en code") << "en_GB" << "GBP 12.5" << qint64(1250) << "";
        QTest::newRow("en 1,500 reads two ways") << "en_US" << "1,500" << qint64(-1) << "1500";
        QTest::newRow("en 3,50 cannot group") << "en_US" << "3,50" << qint64(350) << "";
        QTest::newRow("en 1,2,3 is no amount") << "en_US" << "1,2,3" << qint64(-1) << "not an amount";
        QTest::newRow("three decimals") << "en_US" << "3.505" << qint64(-1) << "more than two decimals";
        QTest::newRow("bad grouping") << "en_US" << "12,34,567.00" << qint64(-1) << "not an amount";
        QTest::newRow("letters only") << "de_DE" << "abc" << qint64(-1) << "not an amount";
        QTest::newRow("a formula") << "en_US" << "20*2" << qint64(-1) << "not an amount";
        QTest::newRow("es decimal comma") << "es_ES" << "12,30" << qint64(1230) << "";
    }
    void aTypedAmountReadsAsItsWriterMeantIt()
    {
        QFETCH(QString, locale);
        QFETCH(QString, text);
        QFETCH(qint64, minor);
        QFETCH(QString, why);
        QString reason;
        const auto m = cp::parseTypedAmount(text, QLocale(locale), QStringLiteral("GBP"), &reason);
        if (minor < 0) {
            QVERIFY2(!m, qPrintable(m ? m->toString() : QString()));
            QVERIFY2(reason.contains(why), qPrintable(reason));
            QVERIFY2(reason.contains(text), qPrintable(reason));
        } else {
            QVERIFY2(m, qPrintable(reason));
            QCOMPARE(m->minor(), minor);
        }
    }

    void anAmountInNoKnownCurrencyHasNoSymbol()
    {
        // Not the locale's symbol: "$" on a shop's pounds is a wrong number.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString us = formatMoney(Money::fromMinor(123456), QString());
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString german = formatMoney(Money::fromMinor(-208), QString());
        QLocale::setDefault(before);
        QCOMPARE(us, QStringLiteral("1,234.56"));
        QCOMPARE(german, QStringLiteral("-2,08"));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
