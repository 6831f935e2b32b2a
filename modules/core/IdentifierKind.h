#pragma once

#include "ValidationResult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

enum class IdentifierKind {
    ResidentId,
    Uscc,
    BankCard,
    Mobile,
    Passport,
    PermanentResidentId, // the foreign permanent resident ID card of 2023
    ResidencePermit,     // the Hong Kong, Macao and Taiwan residents' residence permit
};

// Short names used on the command line and in JSON: "id", "uscc", "card",
// "mobile", "passport", "foreign_prid", "hmt_permit".
std::optional<IdentifierKind> parseIdentifierKind(QStringView name);
QString identifierKindName(IdentifierKind kind);
QList<IdentifierKind> allIdentifierKinds();

// Translated label for people ("Resident ID number", ...).
QString identifierKindLabel(IdentifierKind kind);

// The identity documents a customer may show, where a service accepts more
// than the resident ID card. The catalog names them in a form's document
// type choice: "resident_id", "passport", "foreign_prid", "hmt_permit".
QList<IdentifierKind> identityDocumentKinds();
std::optional<IdentifierKind> parseIdentityDocument(QStringView name);
QString identityDocumentName(IdentifierKind kind);

// The single entry point forms, kiosk and branchctl share. `today` only
// matters for resident IDs (birth date must not be in the future).
ValidationResult validateIdentifier(IdentifierKind kind, QStringView text,
                                    QDate today = QDate::currentDate());

} // namespace branch
