#pragma once

#include "FieldDefinition.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>
#include <QString>

namespace branch {

// How a form value reads outside its own input box: on the review page, on
// the receipt, on the phone page. Identifiers are masked (modules/core
// Masking); nothing here is a check, those are FormValidator's.
struct FieldText
{
    Q_DECLARE_TR_FUNCTIONS(branch::FieldText)
public:
    // Resident ID, USCC, bank card and mobile numbers.
    static bool isIdentifier(FieldType type);
    // Values that may name or reach a person: free text, addresses and every
    // identifier. A receipt keeps them masked.
    static bool isPersonal(const FieldDefinition &field);
    // Enum labels, money formatted in `locale`, "Agreed", masked identifiers;
    // "" for an empty value.
    static QString display(const FieldDefinition &field, const QJsonValue &value,
                           const QLocale &locale = QLocale());
    // The same for the customer's own review on the kiosk: their identifiers
    // in full, so they can check them, grouped for reading
    // ("1101 0519 4912 3100 2X", "138 0013 8000"). Never for receipts, logs
    // or staff screens: those keep display().
    static QString review(const FieldDefinition &field, const QJsonValue &value,
                          const QLocale &locale = QLocale());
    // An identifier in groups of four (a mobile number 3-4-4), spaces between.
    static QString grouped(FieldType type, const QString &text);
};

} // namespace branch
