#include "FormValue.h"

#include <QJsonArray>

#include <cmath>

namespace branch {
namespace {

// 2^53: every integer up to here has an exact double.
constexpr double kMaxExactInteger = 9007199254740992.0;

} // namespace

bool isMissingValue(FieldType type, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isString())
        return value.toString().trimmed().isEmpty();
    if (type == FieldType::Document && value.isArray())
        return value.toArray().isEmpty();
    return false;
}

std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::fabs(number) > kMaxExactInteger || std::trunc(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (const std::optional<qint64> integer = exactInteger(value))
        return QString::number(*integer);
    return {};
}

} // namespace branch
