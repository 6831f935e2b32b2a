// Feeds arbitrary bytes to the anti-fraud rules and watch-list parsers, as
// core's reference data or a bank's --reference-dir delivers them. Beyond
// "no crash": every refusal carries one of the documented reasons, and rules
// that parse can be evaluated on any transaction.
#include "FraudCheck.h"
#include "FraudRules.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const branch::Result<branch::FraudRules> rules = branch::FraudRules::parse(bytes);
    if (!rules.ok()) {
        require(branch::FraudReason::all().contains(rules.reason()));
    } else {
        require(!rules->services.isEmpty());
        require(rules->coolingOffSeconds >= 5 && rules->coolingOffSeconds <= 600);
        const branch::FraudCheck check(rules.value());
        for (const branch::FraudService &service : rules->services) {
            const QJsonObject values{{service.amountField.isEmpty() ? QStringLiteral("amount") : service.amountField,
                                      123456789},
                                     {QStringLiteral("remark"), QString::fromUtf8(bytes.left(64))}};
            const branch::FraudVerdict verdict = check.evaluate({service.id, values, false}, {true, 70});
            require(verdict.covered || service.fromAmount.has_value());
        }
    }
    const branch::Result<branch::FraudWatchList> list = branch::FraudWatchList::parse(bytes);
    if (!list.ok())
        require(branch::FraudReason::all().contains(list.reason()));
    return 0;
}
