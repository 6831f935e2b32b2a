#include "IdentifierKind.h"

#include "BankCardValidator.h"
#include "CoreLogging.h"
#include "MobileValidator.h"
#include "PassportValidator.h"
#include "PermanentResidentIdValidator.h"
#include "ResidencePermitValidator.h"
#include "ResidentIdValidator.h"
#include "UsccValidator.h"

#include <QCoreApplication>

namespace branch {

std::optional<IdentifierKind> parseIdentifierKind(QStringView name)
{
    for (const IdentifierKind kind : allIdentifierKinds()) {
        if (name == identifierKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString identifierKindName(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::ResidentId:
        return QStringLiteral("id");
    case IdentifierKind::Uscc:
        return QStringLiteral("uscc");
    case IdentifierKind::BankCard:
        return QStringLiteral("card");
    case IdentifierKind::Passport:
        return QStringLiteral("passport");
    case IdentifierKind::PermanentResidentId:
        return QStringLiteral("foreign_prid");
    case IdentifierKind::ResidencePermit:
        return QStringLiteral("hmt_permit");
    case IdentifierKind::Mobile:
        break;
    }
    return QStringLiteral("mobile");
}

QList<IdentifierKind> allIdentifierKinds()
{
    return {IdentifierKind::ResidentId, IdentifierKind::Uscc,     IdentifierKind::BankCard,
            IdentifierKind::Mobile,     IdentifierKind::Passport, IdentifierKind::PermanentResidentId,
            IdentifierKind::ResidencePermit};
}

QList<IdentifierKind> identityDocumentKinds()
{
    return {IdentifierKind::ResidentId, IdentifierKind::Passport, IdentifierKind::PermanentResidentId,
            IdentifierKind::ResidencePermit};
}

std::optional<IdentifierKind> parseIdentityDocument(QStringView name)
{
    for (const IdentifierKind kind : identityDocumentKinds()) {
        if (name == identityDocumentName(kind))
            return kind;
    }
    return std::nullopt;
}

QString identityDocumentName(IdentifierKind kind)
{
    return kind == IdentifierKind::ResidentId ? QStringLiteral("resident_id") : identifierKindName(kind);
}

QString identifierKindLabel(IdentifierKind kind)
{
    switch (kind) {
    case IdentifierKind::ResidentId:
        return QCoreApplication::translate("branch::Validation", "Resident ID number");
    case IdentifierKind::Uscc:
        return QCoreApplication::translate("branch::Validation", "Unified social credit code");
    case IdentifierKind::BankCard:
        return QCoreApplication::translate("branch::Validation", "Bank card number");
    case IdentifierKind::Passport:
        return QCoreApplication::translate("branch::Validation", "Passport number");
    case IdentifierKind::PermanentResidentId:
        return QCoreApplication::translate("branch::Validation", "Foreign permanent resident ID number");
    case IdentifierKind::ResidencePermit:
        return QCoreApplication::translate("branch::Validation", "Hong Kong, Macao and Taiwan residence permit number");
    case IdentifierKind::Mobile:
        break;
    }
    return QCoreApplication::translate("branch::Validation", "Mobile number");
}

ValidationResult validateIdentifier(IdentifierKind kind, QStringView text, QDate today)
{
    ValidationResult result;
    switch (kind) {
    case IdentifierKind::ResidentId:
        result = validateResidentId(text, today);
        break;
    case IdentifierKind::Uscc:
        result = validateUscc(text);
        break;
    case IdentifierKind::BankCard:
        result = validateBankCard(text);
        break;
    case IdentifierKind::Mobile:
        result = validateMobile(text);
        break;
    case IdentifierKind::Passport:
        result = validatePassport(text);
        break;
    case IdentifierKind::PermanentResidentId:
        result = validatePermanentResidentId(text, today);
        break;
    case IdentifierKind::ResidencePermit:
        result = validateResidencePermit(text, today);
        break;
    }
    // Kind and reason only: the value itself is personal data.
    qCDebug(lcCore) << "validated" << identifierKindName(kind) << statusName(result.status)
                    << result.reason;
    return result;
}

} // namespace branch
