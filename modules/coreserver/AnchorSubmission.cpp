#include "AnchorSubmission.h"

#include "AnchorStatement.h"
#include "BatchParser.h"
#include "StrictJson.h"

#include <QJsonObject>
#include <QMetaType>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

namespace branch {
namespace {

// Qt reads 1.0 and 1e0 as the integer 1: only the text tells. The body is
// one flat object, so any fraction or exponent outside a string is refused.
bool hasNonIntegerNumber(const QByteArray &body)
{
    bool inString = false;
    bool inNumber = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            inNumber = false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            inNumber = true;
        } else if (inNumber && (c == '.' || c == 'e' || c == 'E')) {
            return true;
        } else {
            inNumber = false;
        }
    }
    return false;
}

bool readInteger(const QJsonValue &value, qint64 *out)
{
    if (!value.isDouble() || value.toVariant().metaType().id() != QMetaType::LongLong)
        return false;
    const qint64 v = value.toInteger();
    if (v < 0 || v > MaxSequence)
        return false;
    *out = v;
    return true;
}

bool isLowerHex(const QString &text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QString readFields(const QJsonObject &o, AnchorSubmission *s)
{
    static const QSet<QString> known{QStringLiteral("sequence"), QStringLiteral("head"),      QStringLiteral("from"),
                                     QStringLiteral("links"),    QStringLiteral("chain"),     QStringLiteral("brokenRow"),
                                     QStringLiteral("brokenReason")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return QStringLiteral("unknown_member");
    }
    if (!readInteger(o.value(QLatin1String("sequence")), &s->sequence))
        return QStringLiteral("sequence_invalid");
    s->head = o.value(QLatin1String("head")).toString();
    if (!AuditChain::isHexHash(s->head))
        return QStringLiteral("head_invalid");
    if (!readInteger(o.value(QLatin1String("from")), &s->from))
        return QStringLiteral("from_invalid");
    const QJsonValue links = o.value(QLatin1String("links"));
    const QString hex = links.toString();
    if (!links.isString() || hex.size() % (2 * AuditChain::HashSize) != 0 || !isLowerHex(hex))
        return QStringLiteral("links_invalid");
    if (hex.size() / (2 * AuditChain::HashSize) > AuditChain::MaxLinksPerAnchor)
        return QStringLiteral("links_too_many");
    s->macs = QByteArray::fromHex(hex.toLatin1());
    const QString chain = o.value(QLatin1String("chain")).toString();
    if (chain != u"intact" && chain != u"broken")
        return QStringLiteral("chain_invalid");
    s->chainIntact = chain == u"intact";
    if (s->chainIntact) {
        if (o.contains(QLatin1String("brokenRow")) || o.contains(QLatin1String("brokenReason")))
            return QStringLiteral("chain_invalid");
        return {};
    }
    static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    if (!readInteger(o.value(QLatin1String("brokenRow")), &s->brokenRow))
        return QStringLiteral("broken_row_invalid");
    s->brokenReason = o.value(QLatin1String("brokenReason")).toString();
    if (!code.match(s->brokenReason).hasMatch())
        return QStringLiteral("broken_reason_invalid");
    return {};
}

} // namespace

AnchorParse parseAnchorSubmission(const QByteArray &body)
{
    AnchorParse parsed;
    const StrictJsonResult json = parseStrictJson(body, 2);
    if (!json.ok())
        parsed.reason = json.reason;
    else if (!json.document.isObject())
        parsed.reason = QStringLiteral("not_an_object");
    else if (hasNonIntegerNumber(body))
        parsed.reason = QStringLiteral("number_not_integer");
    else
        parsed.reason = readFields(json.document.object(), &parsed.submission);
    if (!parsed.ok())
        parsed.submission = {};
    return parsed;
}

} // namespace branch
