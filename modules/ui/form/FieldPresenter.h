#pragma once

#include "FieldDefinition.h"

#include <QJsonValue>
#include <QString>
#include <QVariantMap>

namespace branch {

// How one schema field looks on a form page and on the review page. Only
// presentation: the checks themselves are FormValidator's.
namespace fieldpresenter {

// What QML needs to draw the field: id, type name, label, help, options...
QVariantMap describe(const FieldDefinition &field, bool careMode);

// True for the types whose value is shown masked outside its own input.
bool isIdentifier(FieldType type);

// The value as the review page and receipt show it: enum labels, formatted
// money, masked identifiers.
QString displayValue(const FieldDefinition &field, const QJsonValue &value);

// The value as its input box shows it while editing (money in yuan).
QString editText(const FieldDefinition &field, const QJsonValue &value);

struct Converted
{
    QJsonValue value;
    QString reason; // non-empty when the text is not an amount at all
    QString message;
};

// Text typed into a field, as the JSON value a form holds: integer fen for
// money, an integer for numbers (when it is one), a trimmed string otherwise.
Converted fromText(const FieldDefinition &field, const QString &text);

} // namespace fieldpresenter
} // namespace branch
