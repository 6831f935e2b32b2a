// Feeds arbitrary bytes, decoded as UTF-8, to every validator and to
// Money::parse. Beyond "no crash", it checks the promises callers rely on:
// every result has a reason, and "valid" is only said of plain ASCII input of
// the right length. The identity documents (passport, permanent resident
// ID, residence permit) are among the kinds.

#include "IdentifierKind.h"
#include "Masking.h"
#include "Money.h"
#include "ReasonMessages.h"

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

bool plainAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QDate today(2025, 6, 30);

    for (const branch::IdentifierKind kind : branch::allIdentifierKinds()) {
        const branch::ValidationResult result = branch::validateIdentifier(kind, text, today);
        require(!result.reason.isEmpty());
        require(result.isValid() == (result.reason == u"ok"));
        if (!result.isInvalid())
            require(plainAscii(text) && text.size() >= 5 && text.size() <= 19);
        // A message for every outcome, in whatever language is installed.
        require(!branch::identifierMessage(kind, result).isEmpty());
    }

    const branch::MoneyResult money = branch::Money::parse(text);
    require(money.ok() == (money.reason == u"ok"));
    if (money.ok()) {
        require(plainAscii(text));
        require(text.startsWith(u'-') ? money.value->fen() <= 0 : money.value->fen() >= 0);
        // Formatting must never fail, whatever the amount.
        require(!money.value->format(QLocale(QStringLiteral("zh_CN"))).isEmpty());
        require(!money.value->format(QLocale(QStringLiteral("en"))).isEmpty());
    }

    const QString masked = branch::maskIdentifier(text);
    require(masked.size() <= 11);
    return 0;
}
