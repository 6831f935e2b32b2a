// A card read may be used only when it is valid today and consistent with its
// own number; care mode is offered from 65.
#include "IdCard.h"

#include <QSet>
#include <QTest>

using branch::IdCard;

Q_DECLARE_METATYPE(branch::IdCard)

namespace {

IdCard liSi()
{
    IdCard card;
    card.name = QStringLiteral("李四");
    card.sex = QStringLiteral("female");
    card.ethnicity = QStringLiteral("汉");
    card.birthDate = QDate(1990, 6, 15);
    card.address = QStringLiteral("北京市东城区示例胡同2号");
    card.idNumber = QStringLiteral("110101199006150025");
    card.authority = QStringLiteral("北京市公安局东城分局");
    card.validFrom = QDate(2016, 6, 15);
    card.validUntil = QDate(2036, 6, 15);
    return card;
}

} // namespace

class TestIdCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<IdCard>("card");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("reason");
        const QDate today(2026, 12, 6);
        QTest::newRow("valid") << liSi() << today << QString();
        QTest::newRow("last valid day") << liSi() << QDate(2036, 6, 15) << QString();
        QTest::newRow("day after the end") << liSi() << QDate(2036, 6, 16) << QStringLiteral("card_expired");
        QTest::newRow("before it was issued") << liSi() << QDate(2016, 6, 14) << QStringLiteral("card_not_yet_valid");
        IdCard longTerm = liSi();
        longTerm.validUntil.reset();
        QTest::newRow("long-term, far ahead") << longTerm << QDate(2080, 1, 1) << QString();
        IdCard badNumber = liSi();
        badNumber.idNumber = QStringLiteral("110101199006150026");
        QTest::newRow("check digit wrong") << badNumber << today << QStringLiteral("card_id_invalid");
        IdCard otherBirth = liSi();
        otherBirth.birthDate = QDate(1990, 6, 16);
        QTest::newRow("birth date differs from number") << otherBirth << today << QStringLiteral("card_inconsistent");
        IdCard otherSex = liSi();
        otherSex.sex = QStringLiteral("male");
        QTest::newRow("sex differs from number") << otherSex << today << QStringLiteral("card_inconsistent");
        IdCard noName = liSi();
        noName.name = QStringLiteral("  ");
        QTest::newRow("no name") << noName << today << QStringLiteral("card_incomplete");
        IdCard noFrom = liSi();
        noFrom.validFrom = QDate();
        QTest::newRow("no issue date") << noFrom << today << QStringLiteral("card_incomplete");
    }
    void check()
    {
        QFETCH(IdCard, card);
        QFETCH(QDate, today);
        QFETCH(QString, reason);
        QCOMPARE(branch::checkIdCard(card, today).reason(), reason);
    }

    void careModeFrom65_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("age");
        QTest::addColumn<bool>("offered");
        // born 1961-09-10
        QTest::newRow("day before 65th birthday") << QDate(2026, 9, 9) << 64 << false;
        QTest::newRow("65th birthday") << QDate(2026, 9, 10) << 65 << true;
        QTest::newRow("older") << QDate(2040, 1, 1) << 78 << true;
    }
    void careModeFrom65()
    {
        QFETCH(QDate, today);
        QFETCH(int, age);
        QFETCH(bool, offered);
        IdCard card = liSi();
        card.birthDate = QDate(1961, 9, 10);
        QCOMPARE(card.ageOn(today), age);
        QCOMPARE(branch::offersCareMode(card, today), offered);
    }

    void everyReasonHasItsOwnSentence()
    {
        const QStringList reasons{QStringLiteral("no_card"),          QStringLiteral("card_unreadable"),
                                  QStringLiteral("reader_unavailable"), QStringLiteral("card_expired"),
                                  QStringLiteral("card_not_yet_valid"), QStringLiteral("card_id_invalid"),
                                  QStringLiteral("card_incomplete")};
        const QString fallback = branch::IdCardMessages::message(QStringLiteral("something_else"));
        QSet<QString> sentences;
        for (const QString &reason : reasons) {
            const QString sentence = branch::IdCardMessages::message(reason);
            QVERIFY2(sentence != fallback, qPrintable(reason));
            QVERIFY2(!sentence.contains(reason), qPrintable(reason));
            sentences.insert(sentence);
        }
        QCOMPARE(sentences.size(), reasons.size());
    }
};

QTEST_GUILESS_MAIN(TestIdCard)
#include "tst_idcard.moc"
