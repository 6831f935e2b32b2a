#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

struct MoneyResult;

// An amount in minor units (fen for CNY) with its ISO 4217 code. Integer only:
// no value ever passes through floating point. Every currency is assumed to
// have two minor digits, which holds for CNY, HKD, USD and EUR, the only ones
// a branch handles.
class Money
{
public:
    Money() = default;
    explicit Money(qint64 fen, const QString &currency = QStringLiteral("CNY"))
        : m_fen(fen), m_currency(currency)
    {
    }

    qint64 fen() const { return m_fen; }
    QString currency() const { return m_currency; }

    // "12.34", "1,234.50", "-5", "0.5". At most two decimals; thousands
    // separators only between groups of three. Nothing is trimmed or
    // converted: full-width digits, spaces and letters each get a reason.
    static MoneyResult parse(QStringView text, const QString &currency = QStringLiteral("CNY"));
    static bool isValidCurrencyCode(QStringView code);

    // Overflow and a currency mismatch are errors, never wrapped values.
    MoneyResult checkedAdd(const Money &other) const;
    MoneyResult checkedSubtract(const Money &other) const;

    // Locale-shaped currency text: zh_CN "¥1,234.50", en "CN¥1,234.50".
    QString format(const QLocale &locale = QLocale()) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_fen = 0;
    QString m_currency = QStringLiteral("CNY");
};

struct MoneyResult
{
    std::optional<Money> value;
    QString reason; // "ok", or a snake_case code from ReasonMessages

    bool ok() const { return value.has_value(); }
    QString message() const;

    static MoneyResult success(const Money &money) { return {money, QStringLiteral("ok")}; }
    static MoneyResult failure(const QString &reason) { return {std::nullopt, reason}; }
};

} // namespace branch
