#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace branch {

// The anti-fraud data as reference data: core serves it under these names
// (GET /v1/reference/fraud-rules, .../fraud-watchlist) and the kiosk keeps
// the last copy that parsed.
namespace FraudReference {
inline constexpr QLatin1String Rules{"fraud-rules"};
inline constexpr QLatin1String WatchList{"fraud-watchlist"};

// Empty when `name` is not anti-fraud data or `json` parses; otherwise the
// reason code and the place in the file ("fraud_unknown_key at rules.x"),
// for a log line or branch-core's start-up error. Never a value from the file.
QString refusal(const QString &name, const QByteArray &json);
} // namespace FraudReference

} // namespace branch
