#pragma once

#include "FieldDefinition.h"

#include <QDate>
#include <QString>

#include <optional>

namespace branch {

// A form date: exactly "yyyy-MM-dd", or "yyyy-MM" for month precision, which
// stands for the first of that month. Anything else (other separators, a time,
// a day on a month field, 2025-02-30) is nullopt.
std::optional<QDate> parseFormDate(const QString &text, DatePrecision precision);

// A check's minDate/maxDate: "today" is the injected today, else yyyy-MM-dd.
QDate resolveDateLimit(const QString &limit, QDate today);

// -1, 0 or 1, comparing only down to the field's precision.
int compareDates(QDate a, QDate b, DatePrecision precision);

} // namespace branch
