#include "JsonReader.h"

#include "Money.h"

#include <QMetaType>
#include <QVariant>

namespace branch {
namespace {

const QString kMissing = QStringLiteral("missing");
const QString kWrongType = QStringLiteral("wrong_type");
const QString kEmpty = QStringLiteral("empty");

QString keyString(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

JsonReader::JsonReader(const QString &file)
    : m_file(file)
{
}

void JsonReader::fail(const QString &path, const QString &reason)
{
    m_issues.append(CatalogIssue{m_file, path, reason});
}

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

bool JsonReader::isIdentifier(const QString &text, bool dotted)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    bool segmentStart = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool lower = u >= u'a' && u <= u'z';
        const bool digit = u >= u'0' && u <= u'9';
        if (u == u'.' && dotted && !segmentStart) {
            segmentStart = true;
            continue;
        }
        if (segmentStart ? !lower : !(lower || digit || u == u'_'))
            return false;
        segmentStart = false;
    }
    return !segmentStart;
}

void JsonReader::allowOnly(const QJsonObject &object, const QString &path, std::initializer_list<const char *> keys)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : keys)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            fail(join(path, it.key()), QStringLiteral("unknown_key"));
    }
}

bool JsonReader::present(const QJsonObject &object, const QString &path, const char *key, Presence presence)
{
    if (object.contains(QLatin1String(key)))
        return true;
    if (presence == Presence::Required)
        fail(join(path, keyString(key)), kMissing);
    return false;
}

std::optional<QString> JsonReader::string(const QJsonObject &object, const QString &path, const char *key,
                                          Presence presence)
{
    if (!present(object, path, key, presence))
        return std::nullopt;
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isString()) {
        fail(join(path, keyString(key)), kWrongType);
        return std::nullopt;
    }
    if (value.toString().trimmed().isEmpty()) {
        fail(join(path, keyString(key)), kEmpty);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> JsonReader::identifier(const QJsonObject &object, const QString &path, const char *key,
                                              Presence presence)
{
    const std::optional<QString> value = string(object, path, key, presence);
    if (value && !isIdentifier(*value)) {
        fail(join(path, keyString(key)), QStringLiteral("invalid_id"));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> JsonReader::integer(const QJsonObject &object, const QString &path, const char *key,
                                          Presence presence)
{
    if (!present(object, path, key, presence))
        return std::nullopt;
    const QJsonValue value = object.value(QLatin1String(key));
    const QString where = join(path, keyString(key));
    if (!value.isDouble()) {
        fail(where, kWrongType);
        return std::nullopt;
    }
    // A fractional value arrives as a double; a whole one written as 1500.0
    // arrives as an integer and is caught from the text instead.
    if (value.toVariant().typeId() != QMetaType::LongLong || m_floatMoneyPaths.contains(where)) {
        fail(where, keyString(key).endsWith(QLatin1String("Fen")) ? QStringLiteral("money_not_integer_fen")
                                                                   : QStringLiteral("not_integer"));
        return std::nullopt;
    }
    return value.toInteger();
}

std::optional<bool> JsonReader::boolean(const QJsonObject &object, const QString &path, const char *key,
                                        Presence presence)
{
    if (!present(object, path, key, presence))
        return std::nullopt;
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isBool()) {
        fail(join(path, keyString(key)), kWrongType);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &path, const char *key,
                                            Presence presence)
{
    if (!present(object, path, key, presence))
        return std::nullopt;
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isArray()) {
        fail(join(path, keyString(key)), kWrongType);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &path, const char *key,
                                              Presence presence)
{
    if (!present(object, path, key, presence))
        return std::nullopt;
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isObject()) {
        fail(join(path, keyString(key)), kWrongType);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<LocalizedText> JsonReader::text(const QJsonObject &object, const QString &path, const char *key,
                                              Presence presence)
{
    const std::optional<QJsonObject> pair = this->object(object, path, key, presence);
    if (!pair)
        return std::nullopt;
    const QString where = join(path, keyString(key));
    allowOnly(*pair, where, {"zh", "en"});
    const std::optional<QString> zh = string(*pair, where, "zh");
    const std::optional<QString> en = string(*pair, where, "en");
    if (!zh || !en)
        return std::nullopt;
    return LocalizedText{*zh, *en};
}

std::optional<QStringList> JsonReader::stringList(const QJsonObject &object, const QString &path, const char *key)
{
    const std::optional<QJsonArray> values = array(object, path, key);
    if (!values)
        return std::nullopt;
    const QString where = join(path, keyString(key));
    if (values->isEmpty()) {
        fail(where, kEmpty);
        return std::nullopt;
    }
    QStringList result;
    bool good = true;
    for (qsizetype i = 0; i < values->size(); ++i) {
        const QJsonValue value = values->at(i);
        if (!value.isString()) {
            fail(index(where, i), kWrongType);
            good = false;
        } else if (value.toString().trimmed().isEmpty()) {
            fail(index(where, i), kEmpty);
            good = false;
        } else if (result.contains(value.toString())) {
            fail(index(where, i), QStringLiteral("duplicate_value"));
            good = false;
        } else {
            result.append(value.toString());
        }
    }
    return good ? std::optional<QStringList>(result) : std::nullopt;
}

std::optional<QJsonObject> JsonReader::element(const QJsonArray &array, const QString &path, qsizetype i)
{
    const QJsonValue value = array.at(i);
    if (!value.isObject()) {
        fail(index(path, i), QStringLiteral("not_an_object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> JsonReader::currency(const QJsonObject &object, const QString &path, const char *key,
                                            Presence presence)
{
    const std::optional<QString> code = string(object, path, key, presence);
    if (code && !Money::isValidCurrencyCode(*code)) {
        fail(join(path, keyString(key)), QStringLiteral("invalid_currency"));
        return std::nullopt;
    }
    return code;
}

} // namespace branch
