#pragma once

#include "CoreStore.h"
#include "PrefillKeys.h"
#include "PrefillToken.h"
#include "PrefillVault.h"
#include "RateLimiter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>
#include <optional>

namespace branch {

class Catalog;
struct ServiceDefinition;
class Translations;

// One field the phone got wrong: its reason code and a message in the
// phone's language (FormValidator's own sentences).
struct PrefillFieldProblem
{
    QString reason;
    QString message;
};

// What core answers the phone (POST /v1/prefills).
struct PrefillIssue
{
    QString reason; // "" when issued; invalid, unknown_service, prefill_not_allowed, unavailable
    QHash<QString, PrefillFieldProblem> fields;
    PrefillRecord record;
    QString token;
    QString offlineToken; // only when the catalog allows it and it fits QR version 25-M
};

struct PrefillPhotoView
{
    QString photoId;
    QString document;
    QString mediaType;
    QByteArray thumbnail; // JPEG
};

// What a kiosk gets when it claims a prefill.
struct PrefillClaim
{
    QString reason; // "" when claimed; else a PrefillReason code, not_found, too_many_guesses, unavailable
    PrefillRecord record;
    QJsonObject values; // {"fieldId": "text"} as the phone sent them
    QList<PrefillPhotoView> photos;
};

// Core's prefill counter (docs/prefill.md): issues signed tokens for the
// phone page after checking its answers with the kiosk's own validators,
// keeps answers and photos sealed (PrefillVault), hands a prefill to one
// kiosk at a time, and counts wrong short codes per kiosk and per code.
class PrefillDesk
{
    Q_DECLARE_TR_FUNCTIONS(branch::PrefillDesk)
public:
    static constexpr int ExpiryHours = 72;
    static constexpr int ClaimMinutes = 15;
    static constexpr qsizetype MaxPhotoBytes = 2 * 1024 * 1024;
    static constexpr int MaxPhotoSide = 8000;
    static constexpr int MaxPhotos = 6;
    static constexpr int ThumbnailSide = 320;
    static constexpr int WrongCodesPerKiosk = 10; // per 10 minutes
    static constexpr int WrongCodesPerCode = 3;   // per 10 minutes, all kiosks together

    PrefillDesk(CoreStore &store, const QString &branch, std::optional<PrefillVault> vault);
    ~PrefillDesk();

    bool ready() const { return m_vault.has_value(); }
    QString branch() const { return m_branch; }
    // The signing key and the branch key, made on first use, kept in the store.
    bool loadKeys();
    QByteArray signingPublicKey() const { return m_signer ? m_signer->publicKey() : QByteArray(); }
    const BranchBoxKey *branchKey() const { return m_boxKey ? &*m_boxKey : nullptr; }

    PrefillIssue issue(const QString &serviceId, const QString &language, const QJsonObject &values,
                       const QDateTime &now);
    // The photo's id, or why not: not_found, prefill_closed, not_an_image,
    // too_large, unknown_document, too_many_photos, unavailable.
    Result<QString> attachPhoto(const QString &reference, const QString &document, const QByteArray &body,
                                const QDateTime &now);
    PrefillClaim claimToken(const QString &token, const QString &deviceId, const QDateTime &now);
    PrefillClaim claimShortCode(const QString &code, const QString &deviceId, const QDateTime &now);

private:
    PrefillClaim claim(const QString &reference, const QString &deviceId, const QDateTime &now);
    QHash<QString, PrefillFieldProblem> check(const ServiceDefinition &service, const QString &language,
                                              const QJsonObject &values, const QDateTime &now);

    CoreStore &m_store;
    QString m_branch;
    std::optional<PrefillVault> m_vault;
    std::optional<TokenSigner> m_signer;
    std::optional<BranchBoxKey> m_boxKey;
    std::unique_ptr<Translations> m_translations;
    RateLimiter m_wrongByKiosk;
    RateLimiter m_wrongByCode;
};

} // namespace branch
