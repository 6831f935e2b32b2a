#include "FraudMessages.h"

#include "FraudCheck.h"

namespace branch {

QString FraudMessages::hit(const QString &code)
{
    if (code == FraudHit::NewPayee)
        return tr("You have not sent money to this account here before. Scammers ask for money to go to an account you do not know.");
    if (code == FraudHit::LargeAmount)
        return tr("This is a large amount. Scammers often ask for all of your savings at once.");
    if (code == FraudHit::WatchList)
        return tr("This account has been reported to the bank in connection with fraud.");
    if (code == u"remark_safe_account")
        return tr("Nobody from the police, a court or the bank ever asks you to move money to a \"safe account\".");
    if (code == u"remark_task_scam")
        return tr("Paid \"order boosting\" or online tasks that need money first are always a scam.");
    if (code == u"remark_prize")
        return tr("A prize that needs a fee or tax paid first is a scam.");
    if (code == u"remark_impersonation")
        return tr("The police, prosecutors and courts never ask for money by telephone or to be transferred.");
    if (code == u"remark_verification_code")
        return tr("Never give anyone a verification code, and never send money because someone asked for one.");
    if (code == u"remark_refund")
        return tr("\"Customer service\" offering a refund or compensation never needs you to send money.");
    if (code == u"remark_investment")
        return tr("Investments that promise high, sure returns are a common scam.");
    if (code == u"remark_loan")
        return tr("A loan that needs a deposit or fee paid first is a scam.");
    return tr("The note contains words that scammers often use.");
}

QString FraudMessages::refused(const QString &reason, const QString &where)
{
    if (reason == FraudReason::NotJson)
        return tr("The anti-fraud rules are not valid JSON (at byte %1).").arg(where);
    if (reason == FraudReason::NotObject)
        return tr("The anti-fraud rules must be a JSON object.");
    if (reason == FraudReason::UnknownSchema)
        return tr("The anti-fraud rules have a schema version this kiosk does not know (%1).").arg(where);
    if (reason == FraudReason::UnknownKey)
        return tr("The anti-fraud rules have an unknown entry: %1.").arg(where);
    if (reason == FraudReason::MissingKey)
        return tr("The anti-fraud rules lack a required entry: %1.").arg(where);
    if (reason == FraudReason::WrongType)
        return tr("The anti-fraud rules have the wrong kind of value at %1.").arg(where);
    if (reason == FraudReason::BadAmount)
        return tr("The amount at %1 must be a whole number of fen above zero.").arg(where);
    if (reason == FraudReason::BadCurrency)
        return tr("The currency at %1 is not an ISO 4217 code.").arg(where);
    if (reason == FraudReason::BadAge)
        return tr("The age at %1 must be a whole number from 0 to 150.").arg(where);
    if (reason == FraudReason::BadSeconds)
        return tr("The cooling-off time at %1 must be a whole number of seconds from 5 to 600.").arg(where);
    if (reason == FraudReason::BadServiceId)
        return tr("The service id at %1 is not a catalog id.").arg(where);
    if (reason == FraudReason::BadFieldId)
        return tr("The field id at %1 is not a form field id.").arg(where);
    if (reason == FraudReason::DuplicateService)
        return tr("The service at %1 is listed twice.").arg(where);
    if (reason == FraudReason::NoServices)
        return tr("The anti-fraud rules cover no service: %1 is empty.").arg(where);
    if (reason == FraudReason::EmptyKeyword)
        return tr("The keyword at %1 is empty or longer than 64 characters.").arg(where);
    if (reason == FraudReason::BadPattern)
        return tr("The scam pattern at %1 must be lower-case letters and underscores.").arg(where);
    if (reason == FraudReason::BadAccount)
        return tr("The watch-list entry at %1 is not an account number.").arg(where);
    if (reason == FraudReason::TooLarge)
        return where.isEmpty() ? tr("The anti-fraud data file is too large.")
                               : tr("The anti-fraud data has too many entries at %1.").arg(where);
    return tr("The anti-fraud rules were refused (%1).").arg(reason);
}

} // namespace branch
