#pragma once

#include "FieldDefinition.h"

#include <QJsonValue>
#include <QString>

namespace branch {

// How text typed into a field, at the kiosk or on the phone page, becomes the
// value the form holds. How the value reads elsewhere is modules/flow's
// FieldText; how its input is drawn is the kiosk's FieldListModel; the checks
// themselves are FormValidator's.
namespace fieldinput {

struct Converted
{
    QJsonValue value;
    QString reason; // non-empty when the text is not an amount at all
    QString message;
};

// Text typed into a field, as the JSON value a form holds: integer fen for
// money, an integer for numbers (when it is one), a trimmed string otherwise.
Converted fromText(const FieldDefinition &field, const QString &text);

} // namespace fieldinput
} // namespace branch
