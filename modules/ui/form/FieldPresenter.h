#pragma once

#include "FieldDefinition.h"

#include <QJsonValue>
#include <QString>

namespace branch {

// How one schema field's value reads on the review page and the receipt, and
// how typed text becomes its value. Only presentation: the checks themselves
// are FormValidator's; how its input is drawn is FieldListModel's.
namespace fieldpresenter {

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
