#include "AuditDetails.h"

#include "Money.h"
#include "ReceiptNumber.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

#include <cmath>

namespace branch {
namespace {

using Kind = AuditValueKind;

struct KeyKind
{
    QLatin1String key;
    Kind kind;
};

// The allow-list. A new key is added here, with the narrowest kind that fits.
constexpr KeyKind allowList[] = {
    {QLatin1String("service"), Kind::ServiceId},     {QLatin1String("session"), Kind::SessionId},
    {QLatin1String("outbox"), Kind::RowId},          {QLatin1String("device"), Kind::DeviceId},
    {QLatin1String("receipt"), Kind::ReceiptNumber}, {QLatin1String("reason"), Kind::Code},
    {QLatin1String("outcome"), Kind::Code},          {QLatin1String("action"), Kind::Code},
    {QLatin1String("rotated"), Kind::Code},          {QLatin1String("amount_fen"), Kind::Fen},
    {QLatin1String("currency"), Kind::Currency},     {QLatin1String("attempts"), Kind::Count},
    {QLatin1String("rows_resealed"), Kind::Count},   {QLatin1String("key_id"), Kind::RowId},
    {QLatin1String("kek_id"), Kind::RowId},          {QLatin1String("retired_keys"), Kind::RowIds},
    {QLatin1String("resumed"), Kind::Flag},          {QLatin1String("at"), Kind::Timestamp},
    {QLatin1String("staff"), Kind::StaffId},
    // A salvage after a quarantine (SalvageAudit): counts only, never a path.
    {QLatin1String("method"), Kind::Code},           {QLatin1String("waiting_saved"), Kind::Count},
    {QLatin1String("waiting_lost"), Kind::Count},    {QLatin1String("entries_saved"), Kind::Count},
    {QLatin1String("entries_lost"), Kind::Count},    {QLatin1String("keys_saved"), Kind::Count},
    {QLatin1String("keys_lost"), Kind::Count},       {QLatin1String("enrolment"), Kind::Flag},
    {QLatin1String("receipts_lost"), Kind::Count},   {QLatin1String("receipt_epoch"), Kind::Count},
    {QLatin1String("receipt_block"), Kind::Count},
    // An anti-fraud warning's decision (BranchSuite.Fraud): codes only.
    {QLatin1String("fraud_hits"), Kind::Codes},
};

bool matches(const QRegularExpression &shape, const QJsonValue &value)
{
    return value.isString() && shape.match(value.toString()).hasMatch();
}

bool integerIn(const QJsonValue &value, qint64 lowest)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= double(lowest) && d <= double(AuditDetails::MaxInteger);
}

bool isUuid(QStringView text)
{
    const QUuid parsed = QUuid::fromString(text);
    return text.size() == 36 && !parsed.isNull() && parsed.toString(QUuid::WithoutBraces) == text.toString().toLower();
}

bool sessionId(const QString &text)
{
    // The kiosk's and branchctl's own visit ids: a UUID, or a word and a UUID.
    // The bare UUID is tried first: its first group can be all letters.
    if (isUuid(text))
        return true;
    static const QRegularExpression prefix(QStringLiteral("^[a-z]{1,16}-"));
    const QRegularExpressionMatch word = prefix.match(text);
    return word.hasMatch() && isUuid(QStringView(text).mid(word.capturedLength()));
}

bool receiptNumber(const QString &text)
{
    const auto parsed = ReceiptNumber::parse(text);
    return parsed && parsed->toString() == text;
}

bool timestamp(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return text.endsWith(u'Z') && t.isValid()
        && t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) == text;
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")) : QString();
}

} // namespace

std::optional<AuditValueKind> AuditDetails::kindOf(const QString &key)
{
    for (const KeyKind &entry : allowList) {
        if (entry.key == key)
            return entry.kind;
    }
    return std::nullopt;
}

QStringList AuditDetails::knownKeys()
{
    QStringList keys;
    for (const KeyKind &entry : allowList)
        keys << QString(entry.key);
    return keys;
}

bool AuditDetails::isCode(const QString &text)
{
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z_]{0,63}$"));
    return code.match(text).hasMatch();
}

bool AuditDetails::fits(AuditValueKind kind, const QJsonValue &value)
{
    static const QRegularExpression service(QStringLiteral("^[a-z][a-z0-9_]{0,31}(\\.[a-z0-9_]{1,31}){0,3}$"));
    static const QRegularExpression device(QStringLiteral("^[A-Z][A-Z0-9]{1,11}$"));
    static const QRegularExpression staff(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{0,31}$"));
    switch (kind) {
    case Kind::ServiceId:
        return matches(service, value) && value.toString().size() <= 64;
    case Kind::SessionId:
        return value.isString() && sessionId(value.toString());
    case Kind::RowId:
        return integerIn(value, 1);
    case Kind::DeviceId:
        return matches(device, value);
    case Kind::ReceiptNumber:
        return value.isString() && receiptNumber(value.toString());
    case Kind::Code:
        return value.isString() && isCode(value.toString());
    case Kind::Fen:
    case Kind::Count:
        return integerIn(value, 0);
    case Kind::Currency:
        return value.isString() && Money::isValidCurrencyCode(value.toString());
    case Kind::RowIds: {
        if (!value.isArray() || value.toArray().size() > MaxListSize)
            return false;
        const QJsonArray ids = value.toArray();
        return std::all_of(ids.begin(), ids.end(), [](const QJsonValue &id) { return integerIn(id, 1); });
    }
    case Kind::Flag:
        return value.isBool();
    case Kind::Timestamp:
        return value.isString() && timestamp(value.toString());
    case Kind::StaffId:
        return matches(staff, value);
    case Kind::Codes: {
        if (!value.isArray() || value.toArray().size() > MaxListSize)
            return false;
        const QJsonArray codes = value.toArray();
        return std::all_of(codes.begin(), codes.end(),
                           [](const QJsonValue &code) { return code.isString() && isCode(code.toString()); });
    }
    }
    return false;
}

AuditDetails &AuditDetails::set(const QString &key, const QJsonValue &value)
{
    if (!isValid())
        return *this; // the first problem is the one reported
    const std::optional<Kind> kind = kindOf(key);
    if (!kind) {
        m_problemReason = AuditReason::UnknownDetail;
        m_problemKey = key;
    } else if (!fits(*kind, value)) {
        m_problemReason = AuditReason::InvalidDetail;
        m_problemKey = key;
    } else {
        m_values.insert(key, value);
    }
    return *this;
}

AuditDetails AuditDetails::fromJson(const QJsonObject &object)
{
    AuditDetails details;
    for (auto it = object.begin(); it != object.end(); ++it)
        details.set(it.key(), it.value());
    return details;
}

AuditDetails &AuditDetails::service(const QString &serviceId) { return set(QStringLiteral("service"), serviceId); }
AuditDetails &AuditDetails::session(const QString &sessionId) { return set(QStringLiteral("session"), sessionId); }
AuditDetails &AuditDetails::outbox(qint64 entryId) { return set(QStringLiteral("outbox"), entryId); }
AuditDetails &AuditDetails::device(const QString &deviceId) { return set(QStringLiteral("device"), deviceId); }
AuditDetails &AuditDetails::receipt(const QString &number) { return set(QStringLiteral("receipt"), number); }
AuditDetails &AuditDetails::reason(const QString &code) { return set(QStringLiteral("reason"), code); }
AuditDetails &AuditDetails::outcome(const QString &code) { return set(QStringLiteral("outcome"), code); }
AuditDetails &AuditDetails::action(const QString &code) { return set(QStringLiteral("action"), code); }
AuditDetails &AuditDetails::rotated(const QString &code) { return set(QStringLiteral("rotated"), code); }
AuditDetails &AuditDetails::attempts(qint64 count) { return set(QStringLiteral("attempts"), count); }
AuditDetails &AuditDetails::rowsResealed(qint64 count) { return set(QStringLiteral("rows_resealed"), count); }
AuditDetails &AuditDetails::keyId(qint64 id) { return set(QStringLiteral("key_id"), id); }
AuditDetails &AuditDetails::kekId(qint64 id) { return set(QStringLiteral("kek_id"), id); }
AuditDetails &AuditDetails::resumed(bool flag) { return set(QStringLiteral("resumed"), flag); }
AuditDetails &AuditDetails::at(const QDateTime &time) { return set(QStringLiteral("at"), isoUtc(time)); }
AuditDetails &AuditDetails::staff(const QString &staffId) { return set(QStringLiteral("staff"), staffId); }

AuditDetails &AuditDetails::amount(const Money &money)
{
    return set(QStringLiteral("amount_fen"), money.fen()).set(QStringLiteral("currency"), money.currency());
}

AuditDetails &AuditDetails::fraudHits(const QStringList &codes)
{
    return set(QStringLiteral("fraud_hits"), QJsonArray::fromStringList(codes));
}

AuditDetails &AuditDetails::retiredKeys(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return set(QStringLiteral("retired_keys"), array);
}

QString AuditActor::staff(const QString &staffId)
{
    return QString(Staff) + u':' + staffId;
}

bool AuditActor::isValid(const QString &actor)
{
    const qsizetype colon = actor.indexOf(u':');
    const QString role = actor.left(colon);
    if (role != Kiosk && role != Sync && role != Branchctl && role != Staff)
        return false;
    return colon < 0 || AuditDetails::fits(AuditValueKind::StaffId, actor.mid(colon + 1));
}

QString AuditSubject::rowId(qint64 id)
{
    return QString::number(id);
}

QString AuditSubject::named(const QString &word, qint64 id)
{
    return word + u':' + QString::number(id);
}

bool AuditSubject::isValid(const QString &subject)
{
    if (receiptNumber(subject))
        return true;
    const qsizetype colon = subject.indexOf(u':');
    if (colon >= 0 && !AuditDetails::isCode(subject.left(colon)))
        return false;
    bool ok = false;
    const QString number = subject.mid(colon + 1);
    const qint64 id = number.toLongLong(&ok);
    return ok && number == QString::number(id) && integerIn(QJsonValue(id), 1);
}

} // namespace branch
