#pragma once

#include "FieldDefinition.h"

#include <QJsonValue>
#include <QString>

#include <optional>

namespace branch {

// How a form holds "nothing entered" for a field of this type: absent, null,
// a blank string, or an empty upload list. A consent's false is an answer,
// not a gap, so it is not missing.
bool isMissingValue(FieldType type, const QJsonValue &value);

// The exact integer in a JSON number, or nullopt when it has a fraction or is
// beyond 2^53, where a double no longer holds every integer.
std::optional<qint64> exactInteger(const QJsonValue &value);

// A scalar value as text, for required_if's `value` and for comparisons:
// strings as they are, integers in decimal, booleans as true/false.
QString scalarText(const QJsonValue &value);

} // namespace branch
