#include "PrefillService.h"

#include "Catalog.h"
#include "Clock.h"
#include "FlowLogging.h"
#include "OfflinePayload.h"
#include "PrefillClient.h"
#include "PrefillReason.h"
#include "ShortCode.h"

namespace branch {

PrefillService::PrefillService(PrefillClient *client, PrefillKeyring keys, const Catalog &catalog, const Clock &clock)
    : m_client(client), m_keys(std::move(keys)), m_catalog(catalog), m_clock(clock)
{
}

QString PrefillService::messageFor(const QString &reason)
{
    if (reason == u"core_unreachable")
        return tr("The bank's system cannot be reached now. Please show the offline code, or fill in the form here.");
    if (reason == u"not_found")
        return tr("No prefill has this code. Please check the code on your phone.");
    if (reason == u"too_many_guesses")
        return tr("Too many wrong codes. Please scan the QR code, or ask staff for help.");
    if (reason == u"no_keys")
        return tr("This counter cannot read prefill codes yet. Please ask staff for help.");
    return PrefillMessages::message(reason);
}

PrefillRead PrefillService::refused(const QString &reason)
{
    PrefillRead read;
    read.reason = reason;
    read.message = messageFor(reason);
    return read;
}

PrefillRead PrefillService::readToken(const QString &text) const
{
    if (m_keys.isEmpty())
        return refused(QStringLiteral("no_keys"));
    PrefillTokenPolicy policy;
    policy.publicKeys = m_keys.publicKeys;
    policy.scopes = {m_keys.branch};
    policy.knownService = [this](const QString &id) { return m_catalog.contains(id); };
    policy.now = m_clock.now();
    const Result<PrefillToken> token = PrefillTokenCodec::parse(text, policy);
    if (!token.ok()) {
        qCInfo(lcFlow) << "prefill token refused:" << token.reason();
        return refused(token.reason());
    }
    PrefillRead read = fromCore(text.trimmed(), {});
    // Core unreachable: an offline token carries its own answers.
    if (read.reason == u"core_unreachable" && token->isOffline() && m_keys.branchKey) {
        const Result<QJsonObject> values = OfflinePayload::open(token->sealedPayload, *m_keys.branchKey);
        if (!values.ok())
            return refused(values.reason());
        read = {};
        read.values = values.value();
        read.serviceId = token->serviceId;
        read.reference = token->referenceText();
        read.offline = true;
        qCInfo(lcFlow) << "prefill opened offline for" << token->serviceId;
    }
    read.token = token.value();
    return read;
}

PrefillRead PrefillService::readShortCode(const QString &digits) const
{
    const QString code = ShortCode::normalize(digits);
    if (!ShortCode::isValid(code)) {
        // A slip of the finger, not a damaged picture: say so in the words of typing.
        PrefillRead read = refused(PrefillReason::Malformed);
        read.message = tr("These 9 digits are not a valid code: one of them is probably mistyped. "
                          "Please check them against your phone.");
        return read;
    }
    return fromCore({}, code);
}

PrefillRead PrefillService::fromCore(const QString &token, const QString &shortCode) const
{
    if (!m_client)
        return refused(QStringLiteral("core_unreachable"));
    const PrefillClaimReply reply = m_client->claimPrefill(token, shortCode);
    if (reply.status == ReplyStatus::Client || reply.status == ReplyStatus::NotFound)
        return refused(reply.reason);
    if (!reply.ok())
        return refused(QStringLiteral("core_unreachable"));
    PrefillRead read;
    read.reference = reply.reference;
    read.serviceId = reply.serviceId;
    read.values = reply.values;
    for (const PrefillPhotoReply &photo : reply.photos)
        read.documents.append({photo.photoId, photo.document, photo.thumbnail});
    return read;
}

} // namespace branch
