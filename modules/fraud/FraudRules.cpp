#include "FraudRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace branch {

QStringList FraudReason::all()
{
    return {NotJson,     NotObject,     UnknownSchema, UnknownKey,       MissingKey,  WrongType,
            BadAmount,   BadCurrency,   BadAge,        BadSeconds,       BadServiceId, BadFieldId,
            DuplicateService, NoServices, EmptyKeyword, BadPattern,      BadAccount,  TooLarge};
}

namespace {

constexpr qint64 kMaxFen = 9'999'999'999;
constexpr qsizetype kMaxServices = 64;
constexpr qsizetype kMaxKeywords = 500;
constexpr qsizetype kMaxKeywordLength = 64;

Error fail(QLatin1String reason, const QString &where)
{
    return Error{QString(reason), where};
}

// The keys an object may have; the first other one is refused by name.
std::optional<Error> onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return fail(FraudReason::UnknownKey, where.isEmpty() ? it.key() : where + u'.' + it.key());
    }
    return std::nullopt;
}

QString at(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + u'.' + key;
}

std::optional<qint64> exactInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9'007'199'254'740'991.0)
        return std::nullopt;
    return qint64(d);
}

bool isServiceId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,31}(\\.[a-z0-9_]{1,31}){0,3}$"));
    return re.match(s).hasMatch();
}

bool isFieldId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(s).hasMatch();
}

bool isPattern(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z_]{0,40}$"));
    return re.match(s).hasMatch();
}

// {"fen": 1000000, "currency": "CNY"}
Result<Money> parseMoney(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        return fail(FraudReason::WrongType, where);
    const QJsonObject o = v.toObject();
    if (auto e = onlyKeys(o, {QStringLiteral("fen"), QStringLiteral("currency")}, where))
        return *e;
    if (!o.contains(QLatin1String("fen")))
        return fail(FraudReason::MissingKey, at(where, QStringLiteral("fen")));
    if (!o.contains(QLatin1String("currency")))
        return fail(FraudReason::MissingKey, at(where, QStringLiteral("currency")));
    const std::optional<qint64> fen = exactInteger(o.value(QLatin1String("fen")));
    if (!fen || *fen < 1 || *fen > kMaxFen)
        return fail(FraudReason::BadAmount, at(where, QStringLiteral("fen")));
    const QJsonValue currency = o.value(QLatin1String("currency"));
    if (!currency.isString() || !Money::isValidCurrencyCode(currency.toString()))
        return fail(FraudReason::BadCurrency, at(where, QStringLiteral("currency")));
    return Money(*fen, currency.toString());
}

std::optional<Error> parseAudience(const QJsonValue &v, FraudAudience *out)
{
    const QString where = QStringLiteral("audience");
    if (!v.isObject())
        return fail(FraudReason::WrongType, where);
    const QJsonObject o = v.toObject();
    if (auto e = onlyKeys(o, {QStringLiteral("careMode"), QStringLiteral("minAge")}, where))
        return e;
    for (const char *key : {"careMode", "minAge"}) {
        if (!o.contains(QLatin1String(key)))
            return fail(FraudReason::MissingKey, at(where, QLatin1String(key)));
    }
    if (!o.value(QLatin1String("careMode")).isBool())
        return fail(FraudReason::WrongType, at(where, QStringLiteral("careMode")));
    out->careMode = o.value(QLatin1String("careMode")).toBool();
    const QJsonValue age = o.value(QLatin1String("minAge"));
    if (age.isNull()) {
        out->minAge.reset();
    } else {
        const std::optional<qint64> years = exactInteger(age);
        if (!age.isDouble())
            return fail(FraudReason::WrongType, at(where, QStringLiteral("minAge")));
        if (!years || *years < 0 || *years > 150)
            return fail(FraudReason::BadAge, at(where, QStringLiteral("minAge")));
        out->minAge = int(*years);
    }
    return std::nullopt;
}

std::optional<Error> parseField(const QJsonObject &o, const char *key, const QString &where, QString *out)
{
    if (!o.contains(QLatin1String(key)))
        return std::nullopt;
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return fail(FraudReason::WrongType, at(where, QLatin1String(key)));
    if (!isFieldId(v.toString()))
        return fail(FraudReason::BadFieldId, at(where, QLatin1String(key)));
    *out = v.toString();
    return std::nullopt;
}

std::optional<Error> parseService(const QJsonValue &v, const QString &where, FraudService *out)
{
    if (!v.isObject())
        return fail(FraudReason::WrongType, where);
    const QJsonObject o = v.toObject();
    if (auto e = onlyKeys(o,
                          {QStringLiteral("id"), QStringLiteral("amountField"), QStringLiteral("payeeAccountField"),
                           QStringLiteral("textFields"), QStringLiteral("fromAmount")},
                          where))
        return e;
    if (!o.contains(QLatin1String("id")))
        return fail(FraudReason::MissingKey, at(where, QStringLiteral("id")));
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString())
        return fail(FraudReason::WrongType, at(where, QStringLiteral("id")));
    if (!isServiceId(id.toString()))
        return fail(FraudReason::BadServiceId, at(where, QStringLiteral("id")));
    out->id = id.toString();
    if (auto e = parseField(o, "amountField", where, &out->amountField))
        return e;
    if (auto e = parseField(o, "payeeAccountField", where, &out->payeeAccountField))
        return e;
    if (o.contains(QLatin1String("textFields"))) {
        const QJsonValue texts = o.value(QLatin1String("textFields"));
        if (!texts.isArray())
            return fail(FraudReason::WrongType, at(where, QStringLiteral("textFields")));
        const QJsonArray list = texts.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString place = at(where, QStringLiteral("textFields[%1]").arg(i));
            if (!list.at(i).isString())
                return fail(FraudReason::WrongType, place);
            if (!isFieldId(list.at(i).toString()))
                return fail(FraudReason::BadFieldId, place);
            out->textFields << list.at(i).toString();
        }
    }
    if (o.contains(QLatin1String("fromAmount"))) {
        if (out->amountField.isEmpty())
            return fail(FraudReason::MissingKey, at(where, QStringLiteral("amountField")));
        const Result<Money> from = parseMoney(o.value(QLatin1String("fromAmount")), at(where, QStringLiteral("fromAmount")));
        if (!from.ok())
            return from.error();
        out->fromAmount = from.value();
    }
    return std::nullopt;
}

std::optional<Error> parseKeyword(const QJsonValue &v, const QString &where, FraudKeyword *out)
{
    if (!v.isObject())
        return fail(FraudReason::WrongType, where);
    const QJsonObject o = v.toObject();
    if (auto e = onlyKeys(o, {QStringLiteral("text"), QStringLiteral("pattern")}, where))
        return e;
    for (const char *key : {"text", "pattern"}) {
        if (!o.contains(QLatin1String(key)))
            return fail(FraudReason::MissingKey, at(where, QLatin1String(key)));
        if (!o.value(QLatin1String(key)).isString())
            return fail(FraudReason::WrongType, at(where, QLatin1String(key)));
    }
    out->text = o.value(QLatin1String("text")).toString();
    const QString normal = FraudRules::normalizedText(out->text);
    if (normal.isEmpty() || out->text.size() > kMaxKeywordLength)
        return fail(FraudReason::EmptyKeyword, at(where, QStringLiteral("text")));
    out->pattern = o.value(QLatin1String("pattern")).toString();
    if (!isPattern(out->pattern))
        return fail(FraudReason::BadPattern, at(where, QStringLiteral("pattern")));
    return std::nullopt;
}

std::optional<Error> parseRuleSet(const QJsonValue &v, FraudRules *out)
{
    const QString where = QStringLiteral("rules");
    if (!v.isObject())
        return fail(FraudReason::WrongType, where);
    const QJsonObject o = v.toObject();
    const QStringList keys{QStringLiteral("newPayee"), QStringLiteral("amountAbove"), QStringLiteral("keywords"),
                           QStringLiteral("watchList"), QStringLiteral("coolingOffSeconds")};
    if (auto e = onlyKeys(o, keys, where))
        return e;
    for (const QString &key : keys) {
        if (!o.contains(key))
            return fail(FraudReason::MissingKey, at(where, key));
    }
    for (const char *key : {"newPayee", "watchList"}) {
        if (!o.value(QLatin1String(key)).isBool())
            return fail(FraudReason::WrongType, at(where, QLatin1String(key)));
    }
    out->newPayee = o.value(QLatin1String("newPayee")).toBool();
    out->watchList = o.value(QLatin1String("watchList")).toBool();
    const QJsonValue above = o.value(QLatin1String("amountAbove"));
    if (above.isNull()) {
        out->amountAbove.reset();
    } else {
        const Result<Money> money = parseMoney(above, at(where, QStringLiteral("amountAbove")));
        if (!money.ok())
            return money.error();
        out->amountAbove = money.value();
    }
    const QJsonValue seconds = o.value(QLatin1String("coolingOffSeconds"));
    if (!seconds.isDouble())
        return fail(FraudReason::WrongType, at(where, QStringLiteral("coolingOffSeconds")));
    const std::optional<qint64> s = exactInteger(seconds);
    // Under 5 s is no pause at all; over 10 minutes outlasts the idle reset.
    if (!s || *s < 5 || *s > 600)
        return fail(FraudReason::BadSeconds, at(where, QStringLiteral("coolingOffSeconds")));
    out->coolingOffSeconds = int(*s);
    const QJsonValue keywords = o.value(QLatin1String("keywords"));
    if (!keywords.isArray())
        return fail(FraudReason::WrongType, at(where, QStringLiteral("keywords")));
    const QJsonArray list = keywords.toArray();
    if (list.size() > kMaxKeywords)
        return fail(FraudReason::TooLarge, at(where, QStringLiteral("keywords")));
    for (qsizetype i = 0; i < list.size(); ++i) {
        FraudKeyword keyword;
        if (auto e = parseKeyword(list.at(i), at(where, QStringLiteral("keywords[%1]").arg(i)), &keyword))
            return e;
        out->keywords << keyword;
    }
    return std::nullopt;
}

Result<QJsonObject> topObject(const QByteArray &json, qsizetype maxBytes)
{
    if (json.size() > maxBytes)
        return fail(FraudReason::TooLarge, QString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(FraudReason::NotJson, QString::number(error.offset));
    if (!doc.isObject())
        return fail(FraudReason::NotObject, QString());
    const QJsonObject o = doc.object();
    const QJsonValue schema = o.value(QLatin1String("schemaVersion"));
    if (!o.contains(QLatin1String("schemaVersion")))
        return fail(FraudReason::MissingKey, QStringLiteral("schemaVersion"));
    if (exactInteger(schema) != std::optional<qint64>(FraudRules::SchemaVersion))
        return fail(FraudReason::UnknownSchema, QStringLiteral("schemaVersion"));
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!o.contains(QLatin1String("version")))
        return fail(FraudReason::MissingKey, QStringLiteral("version"));
    if (!version.isString() || version.toString().isEmpty() || version.toString().size() > 64)
        return fail(FraudReason::WrongType, QStringLiteral("version"));
    return o;
}

} // namespace

const FraudService *FraudRules::service(const QString &id) const
{
    for (const FraudService &s : services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString FraudRules::normalizedText(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (!c.isSpace() && !c.isPunct() && !c.isSymbol())
            out.append(c);
    }
    return out;
}

Result<FraudRules> FraudRules::parse(const QByteArray &json)
{
    const Result<QJsonObject> top = topObject(json, MaxBytes);
    if (!top.ok())
        return top.error();
    const QJsonObject o = top.value();
    const QStringList keys{QStringLiteral("schemaVersion"), QStringLiteral("version"), QStringLiteral("audience"),
                           QStringLiteral("services"), QStringLiteral("rules")};
    if (auto e = onlyKeys(o, keys, QString()))
        return *e;
    for (const QString &key : keys) {
        if (!o.contains(key))
            return fail(FraudReason::MissingKey, key);
    }
    FraudRules rules;
    rules.version = o.value(QLatin1String("version")).toString();
    if (auto e = parseAudience(o.value(QLatin1String("audience")), &rules.audience))
        return *e;
    const QJsonValue services = o.value(QLatin1String("services"));
    if (!services.isArray())
        return fail(FraudReason::WrongType, QStringLiteral("services"));
    const QJsonArray list = services.toArray();
    if (list.isEmpty())
        return fail(FraudReason::NoServices, QStringLiteral("services"));
    if (list.size() > kMaxServices)
        return fail(FraudReason::TooLarge, QStringLiteral("services"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        FraudService service;
        const QString where = QStringLiteral("services[%1]").arg(i);
        if (auto e = parseService(list.at(i), where, &service))
            return *e;
        if (rules.service(service.id))
            return fail(FraudReason::DuplicateService, at(where, QStringLiteral("id")));
        rules.services << service;
    }
    if (auto e = parseRuleSet(o.value(QLatin1String("rules")), &rules))
        return *e;
    return rules;
}

FraudRules FraudRules::builtIn()
{
    QFile file(QStringLiteral(":/fraud/fraud-rules.json"));
    if (file.open(QIODevice::ReadOnly)) {
        Result<FraudRules> parsed = parse(file.readAll());
        if (parsed.ok())
            return std::move(parsed).value();
    }
    // Only a broken build gets here (tests/fraud parses the same file): the
    // safest rules are the strictest ones.
    FraudRules strict;
    strict.version = QStringLiteral("fallback");
    strict.services << FraudService{QStringLiteral("bank.transfer"), QStringLiteral("amount"),
                                    QStringLiteral("payee_card"), {QStringLiteral("remark")}, std::nullopt};
    return strict;
}

QString FraudWatchList::normalizedAccount(const QString &account)
{
    QString digits;
    for (const QChar c : account) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    return digits;
}

Result<FraudWatchList> FraudWatchList::parse(const QByteArray &json)
{
    const Result<QJsonObject> top = topObject(json, MaxBytes);
    if (!top.ok())
        return top.error();
    const QJsonObject o = top.value();
    if (auto e = onlyKeys(o, {QStringLiteral("schemaVersion"), QStringLiteral("version"), QStringLiteral("accounts")},
                          QString()))
        return *e;
    if (!o.contains(QLatin1String("accounts")))
        return fail(FraudReason::MissingKey, QStringLiteral("accounts"));
    const QJsonValue accounts = o.value(QLatin1String("accounts"));
    if (!accounts.isArray())
        return fail(FraudReason::WrongType, QStringLiteral("accounts"));
    const QJsonArray list = accounts.toArray();
    if (list.size() > MaxEntries)
        return fail(FraudReason::TooLarge, QStringLiteral("accounts"));
    static const QRegularExpression shape(QStringLiteral("^[0-9][0-9 -]{4,40}[0-9]$"));
    FraudWatchList watch;
    watch.m_version = o.value(QLatin1String("version")).toString();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("accounts[%1]").arg(i);
        if (!list.at(i).isString())
            return fail(FraudReason::WrongType, where);
        const QString account = list.at(i).toString();
        const QString digits = normalizedAccount(account);
        if (!shape.match(account).hasMatch() || digits.size() < 6 || digits.size() > 32)
            return fail(FraudReason::BadAccount, where);
        watch.m_accounts.insert(digits);
    }
    return watch;
}

FraudWatchList FraudWatchList::builtIn()
{
    QFile file(QStringLiteral(":/fraud/fraud-watchlist.json"));
    if (file.open(QIODevice::ReadOnly)) {
        Result<FraudWatchList> parsed = parse(file.readAll());
        if (parsed.ok())
            return std::move(parsed).value();
    }
    return {};
}

bool FraudWatchList::contains(const QString &account) const
{
    const QString digits = normalizedAccount(account);
    return !digits.isEmpty() && m_accounts.contains(digits);
}

} // namespace branch
