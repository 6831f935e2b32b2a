#pragma once

#include "CoreMessages.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace branch {

// GET /v1/prefills/keys: what a kiosk of this branch needs to read tokens.
struct PrefillKeysReply : CoreReply
{
    QString branch;
    QList<QByteArray> signingKeys; // Ed25519 public keys
    QByteArray branchSecretKey;    // X25519, for offline tokens: into the keychain
};

struct PrefillPhotoReply
{
    QString photoId;
    QString document;
    QString mediaType;
    QByteArray thumbnail; // JPEG
};

// POST /v1/prefills/claim. On Client, `reason` is core's code (in_use,
// already_used, expired, not_found, too_many_guesses, bad_signature, ...).
struct PrefillClaimReply : CoreReply
{
    QString reference;
    QString serviceId;
    QJsonObject values; // {"fieldId": "text"}
    QList<PrefillPhotoReply> photos;
    QDateTime claimedUntil;
};

// The kiosk's prefill questions to core (docs/prefill.md), apart from
// CoreClient so that its test doubles need not answer them.
class PrefillClient
{
public:
    virtual ~PrefillClient();
    virtual PrefillKeysReply fetchPrefillKeys() = 0;
    // Exactly one of token and shortCode.
    virtual PrefillClaimReply claimPrefill(const QString &token, const QString &shortCode) = 0;
};

} // namespace branch
