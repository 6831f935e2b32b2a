#include "StaffDesk.h"

#include "CoreServerLogging.h"
#include "StaffAccount.h"

namespace branch {

StaffSignInAnswer StaffDesk::signIn(const QString &staffId, const QByteArray &secret, const QDateTime &now)
{
    StaffSignInAnswer answer;
    CoreStoreStatus status;
    const std::optional<StaffRecord> found = m_store.staffMember(staffId, &status);
    if (!status.ok()) {
        answer.reason = QStringLiteral("unavailable");
        return answer;
    }
    if (!found) {
        StaffSecrets::verifyNothing(secret);
        answer.reason = QStringLiteral("wrong_secret");
        return answer;
    }
    // A locked account is not verified at all: guessing it costs nothing
    // and teaches nothing.
    if (found->isLocked()) {
        qCInfo(lcCoreServer) << "staff sign-in refused, locked:" << staffId;
        answer.reason = QStringLiteral("staff_locked");
        return answer;
    }
    const bool right = StaffSecrets::verify(found->secretHash, secret);
    StaffRecord after;
    status = m_store.recordStaffAttempt(staffId, right, StaffPolicy::LockAfterFailures, now, &after);
    if (!status.ok()) {
        answer.reason = QStringLiteral("unavailable");
        return answer;
    }
    if (after.isLocked()) {
        // Locked by this attempt, or by a concurrent one while this was verified.
        qCWarning(lcCoreServer) << "staff account locked after" << after.failures << "wrong secrets:" << staffId;
        answer.reason = QStringLiteral("staff_locked");
        return answer;
    }
    if (!right) {
        qCInfo(lcCoreServer) << "staff sign-in refused, wrong secret:" << staffId << "failures" << after.failures;
        answer.reason = QStringLiteral("wrong_secret");
        answer.failuresLeft = StaffPolicy::LockAfterFailures - after.failures;
        return answer;
    }
    after.secretHash.clear();
    answer.staff = after;
    answer.offlineUntil = now.addDays(StaffPolicy::OfflineDays);
    qCInfo(lcCoreServer) << "staff signed in:" << staffId;
    return answer;
}

} // namespace branch
