#pragma once

#include "FieldDefinition.h"

#include <QJsonValue>
#include <QString>

namespace branch {

// How text typed into a field becomes the value the form holds: on the
// kiosk's form pages, and at core for the phone page's answers (which arrive
// as text), so both hold the same values. How the value reads elsewhere is
// modules/flow's FieldText; the checks themselves are FormValidator's.
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

// An answer that arrived as text from outside (the phone page, a prefill):
// fromText(), and a consent's "true"/"false" as the boolean it stands for.
Converted fromAnswer(const FieldDefinition &field, const QString &text);

} // namespace fieldinput
} // namespace branch
