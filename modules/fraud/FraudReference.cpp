#include "FraudReference.h"

#include "FraudRules.h"

namespace branch {

QString FraudReference::refusal(const QString &name, const QByteArray &json)
{
    Error error;
    if (name == Rules) {
        const Result<FraudRules> parsed = FraudRules::parse(json);
        if (parsed.ok())
            return {};
        error = parsed.error();
    } else if (name == WatchList) {
        const Result<FraudWatchList> parsed = FraudWatchList::parse(json);
        if (parsed.ok())
            return {};
        error = parsed.error();
    } else {
        return {};
    }
    return error.detail.isEmpty() ? error.reason : QStringLiteral("%1 at %2").arg(error.reason, error.detail);
}

} // namespace branch
