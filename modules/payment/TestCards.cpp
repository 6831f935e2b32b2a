#include "TestCards.h"

namespace branch::TestCards {
namespace {

TestCard card(const char *name, const char *pan, const char *typed, qint64 balance, qint64 limit)
{
    TestCard c;
    c.name = QString::fromLatin1(name);
    c.pan = pan;
    c.track2 = ';' + c.pan + "=3012101" + "0000000?";
    c.pin = "1234";
    c.typedPin = typed;
    c.balanceFen = balance;
    c.limitFen = limit;
    return c;
}

QList<TestCard> makeCards()
{
    // Balances and limits in fen: ¥50,000.00 and ¥20,000.00 unless the card
    // is about them.
    QList<TestCard> cards{
        card("ok", "6222020000000015", "1234", 5'000'000, 2'000'000),
        card("insufficient_funds", "6222020000000023", "1234", 1'000, 2'000'000),
        card("wrong_pin", "6222020000000031", "4321", 5'000'000, 2'000'000),
        card("card_locked", "6222020000000049", "1234", 5'000'000, 2'000'000),
        card("limit_exceeded", "6222020000000056", "1234", 5'000'000, 5'000),
        card("payment_timeout", "6222020000000064", "1234", 5'000'000, 2'000'000),
    };
    cards[3].locked = true;
    cards[5].padTimesOut = true;
    // A stripe the reader cannot make sense of: no separator.
    TestCard unreadable = card("card_unreadable", "6222020000000072", "1234", 5'000'000, 2'000'000);
    unreadable.track2 = ";62220200000000723012101?";
    cards << unreadable;
    return cards;
}

} // namespace

const QList<TestCard> &all()
{
    static const QList<TestCard> cards = makeCards();
    return cards;
}

std::optional<TestCard> byName(const QString &name)
{
    for (const TestCard &c : all()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<TestCard> byPan(QByteArrayView pan)
{
    for (const TestCard &c : all()) {
        if (c.pan == pan)
            return c;
    }
    return std::nullopt;
}

QByteArray developmentPinKey()
{
    return QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
}

} // namespace branch::TestCards
