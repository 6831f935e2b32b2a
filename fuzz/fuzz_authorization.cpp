// Feeds arbitrary bytes, as JSON, to the authorization record's parser
// (AuthorizationRecord::fromJson). Beyond "no crash": a record that parses
// has a reason-free result, survives its own JSON unchanged, and never
// verifies under a key that did not sign it.

#include "Authorization.h"

#include <QByteArray>
#include <QJsonDocument>
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
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    QString reason;
    const std::optional<branch::AuthorizationRecord> record = branch::AuthorizationRecord::fromJson(doc.object(), &reason);
    if (!record) {
        require(reason.startsWith(QLatin1String("authorization_")));
        return 0;
    }
    require(reason.isEmpty());
    QString again;
    const std::optional<branch::AuthorizationRecord> back = branch::AuthorizationRecord::fromJson(record->toJson(), &again);
    require(back && back->statement == record->statement && back->signature == record->signature);
    require(!record->verify(QByteArray(32, '\0')));
    return 0;
}
