#pragma once

#include "FieldDefinition.h"
#include "FormValidator.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace branch {

// The form's cross-field rules. A rule is only judged when the fields it
// reads passed their own checks (`blocked` holds those that did not): a
// wrong date is reported once, as a wrong date, not again as a broken rule.
QList<FieldError> checkCrossFieldRules(const FormSchema &form, const QJsonObject &values,
                                       const QSet<QString> &blocked);

} // namespace branch
