#pragma once

#include "PrefillKeyring.h"
#include "PrefillToken.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace branch {

class Catalog;
class Clock;
class PrefillClient;

struct PrefillDocument
{
    QString photoId;
    QString document; // the form's document field
    QByteArray thumbnail; // JPEG
};

// A prefill as the kiosk opens it: the verified token, the service and the
// answers as text (the form converts and checks each again), the photos.
struct PrefillRead
{
    QString reason;  // "" when read; a PrefillReason code, core_unreachable, not_found, too_many_guesses, no_keys
    QString message; // translated, for the customer
    PrefillToken token; // when read from a QR code
    QString reference;  // 32 hex: the submission that completes it carries it
    QString serviceId;
    QJsonObject values;
    QList<PrefillDocument> documents;
    bool offline = false; // opened from the token's own sealed payload

    bool ok() const { return reason.isEmpty(); }
};

// The kiosk's half of e-Tongban (docs/prefill.md): verifies a token with the
// public keys it holds (PrefillKeyring), then claims the prefill from core;
// when core cannot be reached, an offline token's sealed answers are opened
// with the branch key from the keychain. A short code always needs core.
class PrefillService
{
    Q_DECLARE_TR_FUNCTIONS(branch::PrefillService)
public:
    // `client` may be null: a kiosk that has no core configured.
    PrefillService(PrefillClient *client, PrefillKeyring keys, const Catalog &catalog, const Clock &clock);

    PrefillRead readToken(const QString &text) const;
    PrefillRead readShortCode(const QString &digits) const;

    static QString messageFor(const QString &reason);

private:
    PrefillRead fromCore(const QString &token, const QString &shortCode) const;
    static PrefillRead refused(const QString &reason);

    PrefillClient *m_client;
    PrefillKeyring m_keys;
    const Catalog &m_catalog;
    const Clock &m_clock;
};

} // namespace branch
