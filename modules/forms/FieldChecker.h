#pragma once

#include "FieldDefinition.h"
#include "FormValidator.h"
#include "IdentifierKind.h"

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
    // `document`: for an id_document field, the document its type field names
    // (the resident ID card when none is chosen yet).
    FieldChecker(const FieldDefinition &field, QDate today,
                 IdentifierKind document = IdentifierKind::ResidentId);

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
    FieldError error(const QString &reason) const;
    QList<FieldError> failLength(const QString &reason, int minimum, int maximum, qsizetype actual) const;
    QList<FieldError> failLimit(const QString &reason, qint64 limit) const;
    QList<FieldError> failDate(const QString &reason, const QDate &limit = {}) const;

    const FieldDefinition &m_field;
    QDate m_today;
    IdentifierKind m_document;
};

} // namespace branch
