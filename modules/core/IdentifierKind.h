#pragma once

#include "ValidationResult.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace branch {

enum class IdentifierKind { ResidentId, Uscc, BankCard, Mobile };

// Short names used on the command line and in JSON: "id", "uscc", "card", "mobile".
std::optional<IdentifierKind> parseIdentifierKind(QStringView name);
QString identifierKindName(IdentifierKind kind);
QList<IdentifierKind> allIdentifierKinds();

// Translated label for people ("Resident ID number", ...).
QString identifierKindLabel(IdentifierKind kind);

// The single entry point forms, kiosk and branchctl share. `today` only
// matters for resident IDs (birth date must not be in the future).
ValidationResult validateIdentifier(IdentifierKind kind, QStringView text,
                                    QDate today = QDate::currentDate());

} // namespace branch
