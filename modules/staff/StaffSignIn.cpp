#include "StaffSignIn.h"

#include "Clock.h"
#include "StaffCache.h"
#include "StaffDirectory.h"
#include "StaffLogging.h"

namespace branch {

StaffDirectory::~StaffDirectory() = default;

StaffSignIn::StaffSignIn(StaffDirectory *directory, StaffCache &cache, const Clock &clock)
    : m_directory(directory), m_cache(cache), m_clock(clock)
{
}

StaffSignInResult StaffSignIn::refused(const QString &reason)
{
    StaffSignInResult result;
    result.reason = reason;
    result.message = messageFor(reason);
    return result;
}

QString StaffSignIn::messageFor(const QString &reason)
{
    if (reason == u"staff_id_invalid")
        return tr("Enter your staff id as it is on your badge.");
    if (reason == u"secret_empty")
        return tr("Enter your password or PIN.");
    if (reason == u"wrong_secret")
        return tr("The staff id or the password is wrong.");
    if (reason == u"staff_locked")
        return tr("This account is locked after %n wrong passwords. Ask your branch administrator to reset it.",
                  nullptr, StaffPolicy::LockAfterFailures);
    if (reason == u"offline_unknown")
        return tr("Core cannot be reached, and you have not signed in on this kiosk before. Try again when the "
                  "network is back.");
    if (reason == u"offline_expired")
        return tr("Core cannot be reached, and your offline sign-in on this kiosk has expired (after %n days). "
                  "Sign in when the network is back.",
                  nullptr, StaffPolicy::OfflineDays);
    if (reason == u"core_refused")
        return tr("Core refused this kiosk. Ask your branch administrator to check its enrolment.");
    if (reason == u"cache_failed")
        return tr("The sign-in could not be kept on this kiosk. Try again.");
    return tr("Sign-in failed (%1).").arg(reason);
}

StaffSignInResult StaffSignIn::signIn(const QString &staffId, const QString &secretText)
{
    if (!StaffSecrets::isStaffId(staffId))
        return refused(QStringLiteral("staff_id_invalid"));
    if (secretText.isEmpty())
        return refused(QStringLiteral("secret_empty"));
    QByteArray secret = secretText.toUtf8();
    StaffDirectoryReply reply;
    if (m_directory)
        reply = m_directory->signInStaff(staffId, secret);
    StaffSignInResult result;
    switch (reply.outcome) {
    case StaffDirectoryReply::Outcome::Unreachable:
        qCInfo(lcStaff) << "sign-in: core unreachable (" << reply.reason << "), trying this kiosk's verifier";
        result = offline(staffId, secret);
        break;
    case StaffDirectoryReply::Outcome::Refused:
        if (reply.reason == u"staff_locked") {
            m_cache.remove(staffId);
            result = refused(reply.reason);
        } else if (reply.reason == u"wrong_secret") {
            countRefusal(staffId);
            result = refused(reply.reason);
        } else {
            qCWarning(lcStaff) << "sign-in: core refused the request:" << reply.reason;
            result = refused(QStringLiteral("core_refused"));
        }
        break;
    case StaffDirectoryReply::Outcome::SignedIn: {
        CachedStaff entry;
        entry.member = reply.member;
        entry.verifier = StaffSecrets::hash(secret);
        const QDateTime longest = m_clock.now().addDays(StaffPolicy::OfflineDays);
        entry.expiresAt = reply.offlineUntil.isValid() ? qMin(reply.offlineUntil, longest) : longest;
        // Signed in all the same: only the offline sign-in is lost.
        if (entry.verifier.isEmpty() || !m_cache.save(entry))
            qCWarning(lcStaff) << "sign-in: the offline verifier was not kept";
        result.member = reply.member;
        break;
    }
    }
    secret.fill('\0');
    return result;
}

StaffSignInResult StaffSignIn::offline(const QString &staffId, const QByteArray &secret)
{
    std::optional<CachedStaff> entry = m_cache.load(staffId);
    if (!entry) {
        StaffSecrets::verifyNothing(secret);
        return refused(QStringLiteral("offline_unknown"));
    }
    if (m_clock.now() >= entry->expiresAt) {
        m_cache.remove(staffId);
        return refused(QStringLiteral("offline_expired"));
    }
    if (StaffSecrets::verify(entry->verifier, secret)) {
        if (entry->failures != 0) {
            entry->failures = 0;
            if (!m_cache.save(*entry))
                return refused(QStringLiteral("cache_failed"));
        }
        StaffSignInResult result;
        result.member = entry->member;
        result.offline = true;
        return result;
    }
    countRefusal(staffId);
    return refused(m_cache.load(staffId) ? QStringLiteral("wrong_secret") : QStringLiteral("staff_locked"));
}

void StaffSignIn::countRefusal(const QString &staffId)
{
    std::optional<CachedStaff> entry = m_cache.load(staffId);
    if (!entry)
        return;
    if (++entry->failures >= StaffPolicy::LockAfterFailures) {
        qCWarning(lcStaff) << "sign-in: offline verifier dropped after" << entry->failures << "wrong secrets";
        m_cache.remove(staffId);
        return;
    }
    if (!m_cache.save(*entry))
        m_cache.remove(staffId); // never keep a count that could not be raised
}

} // namespace branch
