#pragma once

#include "FieldDefinition.h"
#include "FormValidator.h"

#include <QDate>
#include <QJsonValue>
#include <QList>

namespace branch {

// The checks for one field on its own: required, JSON type, then the checks
// of its type, stopping at the first blocking problem. Cross-field rules and
// a currencyField's code are FormValidator's.
class FieldChecker
{
public:
    FieldChecker(const FieldDefinition &field, QDate today);

    QList<FieldError> check(const QJsonValue &value) const;

    // Upload and signature references: an opaque id the kiosk made when it
    // stored the image, never a path or the image itself.
    static bool isValidReference(const QString &reference);

private:
    QList<FieldError> checkText(const QJsonValue &value) const;
    QList<FieldError> checkNumber(const QJsonValue &value) const;
    QList<FieldError> checkMoney(const QJsonValue &value) const;
    QList<FieldError> checkDate(const QJsonValue &value) const;
    QList<FieldError> checkEnum(const QJsonValue &value) const;
    QList<FieldError> checkIdentifier(const QJsonValue &value) const;
    QList<FieldError> checkDocument(const QJsonValue &value) const;
    QList<FieldError> checkSignature(const QJsonValue &value) const;
    QList<FieldError> checkConsent(const QJsonValue &value) const;

    QList<FieldError> fail(const QString &reason, bool warning = false) const;

    const FieldDefinition &m_field;
    QDate m_today;
};

} // namespace branch
