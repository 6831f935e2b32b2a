#include "PrefillToken.h"

#include "Base32.h"
#include "PrefillReason.h"

#include <QRegularExpression>

#include <sodium.h>

namespace branch {

namespace {

constexpr quint8 FlagOffline = 0x01;
constexpr qsizetype MaxTokenText = 8192;

void putU32(QByteArray &out, quint32 v)
{
    out.append(static_cast<char>(v >> 24)).append(static_cast<char>(v >> 16));
    out.append(static_cast<char>(v >> 8)).append(static_cast<char>(v));
}

// Reads the binary body front to back; any read past the end fails it.
class Reader
{
public:
    explicit Reader(const QByteArray &b) : m_b(b) {}
    bool ok() const { return m_ok; }
    qsizetype pos() const { return m_pos; }
    qsizetype left() const { return m_b.size() - m_pos; }
    QByteArray take(qsizetype n)
    {
        if (!m_ok || n < 0 || n > left()) {
            m_ok = false;
            return {};
        }
        const QByteArray part = m_b.mid(m_pos, n);
        m_pos += n;
        return part;
    }
    quint32 number(int size)
    {
        const QByteArray part = take(size);
        quint32 v = 0;
        for (const char c : part)
            v = (v << 8) | static_cast<quint8>(c);
        return v;
    }

private:
    const QByteArray &m_b;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

bool isAsciiId(const QByteArray &text)
{
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    return id.match(QString::fromLatin1(text)).hasMatch();
}

QByteArray signingInput(const QByteArray &body)
{
    return QByteArrayLiteral("ETB1") + body;
}

} // namespace

PrefillToken PrefillToken::create(const QString &serviceId, const QString &branch, const QDateTime &expiresAt)
{
    PrefillToken token;
    if (sodium_init() < 0)
        return token;
    token.reference.resize(ReferenceSize);
    token.nonce.resize(NonceSize);
    randombytes_buf(token.reference.data(), static_cast<size_t>(ReferenceSize));
    randombytes_buf(token.nonce.data(), static_cast<size_t>(NonceSize));
    token.serviceId = serviceId;
    token.branch = branch;
    token.expiresAt = expiresAt.toUTC();
    return token;
}

QString PrefillTokenCodec::encode(const PrefillToken &token, const TokenSigner &signer)
{
    QByteArray body;
    body.append(static_cast<char>(PrefillToken::Version));
    body.append(static_cast<char>(token.isOffline() ? FlagOffline : 0));
    putU32(body, signer.keyId());
    body.append(token.reference).append(token.nonce);
    putU32(body, static_cast<quint32>(token.expiresAt.toSecsSinceEpoch()));
    const QByteArray branch = token.branch.toLatin1();
    const QByteArray service = token.serviceId.toLatin1();
    body.append(static_cast<char>(branch.size())).append(branch);
    body.append(static_cast<char>(service.size())).append(service);
    if (token.isOffline()) {
        const auto n = static_cast<quint16>(token.sealedPayload.size());
        body.append(static_cast<char>(n >> 8)).append(static_cast<char>(n & 0xff)).append(token.sealedPayload);
    }
    body.append(signer.sign(signingInput(body)));
    return QString(Prefix) + QString::fromLatin1(Base32::encode(body));
}

Result<PrefillToken> PrefillTokenCodec::decode(const QString &rawText, QByteArray *signedPart, QByteArray *signature)
{
    const QString text = rawText.trimmed();
    // "ETB" and a version: ours, perhaps from a newer release.
    static const QRegularExpression ours(QStringLiteral("^ETB[0-9]+\\."));
    if (!text.startsWith(Prefix)) {
        if (ours.match(text).hasMatch())
            return fail(PrefillReason::UnsupportedVersion);
        return fail(PrefillReason::NotOurs);
    }
    if (text.size() > MaxTokenText)
        return fail(PrefillReason::Malformed, QStringLiteral("too_long"));
    const std::optional<QByteArray> body = Base32::decode(text.mid(Prefix.size()).toLatin1());
    if (!body)
        return fail(PrefillReason::Malformed, QStringLiteral("base32"));
    Reader r(*body);
    const quint32 version = r.number(1);
    if (r.ok() && version != PrefillToken::Version)
        return fail(PrefillReason::UnsupportedVersion);
    const quint32 flags = r.number(1);
    PrefillToken token;
    token.keyId = r.number(4);
    token.reference = r.take(PrefillToken::ReferenceSize);
    token.nonce = r.take(PrefillToken::NonceSize);
    token.expiresAt = QDateTime::fromSecsSinceEpoch(r.number(4), Qt::UTC);
    const QByteArray branch = r.take(r.number(1));
    const QByteArray service = r.take(r.number(1));
    if (flags & FlagOffline) {
        token.sealedPayload = r.take(r.number(2));
        if (token.sealedPayload.isEmpty())
            return fail(PrefillReason::Malformed, QStringLiteral("payload"));
    }
    const qsizetype signedSize = r.pos();
    const QByteArray sig = r.take(TokenSigner::SignatureSize);
    if (!r.ok() || r.left() != 0 || (flags & ~quint32(FlagOffline)) != 0)
        return fail(PrefillReason::Malformed, QStringLiteral("layout"));
    if (!isAsciiId(branch) || !isAsciiId(service))
        return fail(PrefillReason::Malformed, QStringLiteral("ids"));
    token.branch = QString::fromLatin1(branch);
    token.serviceId = QString::fromLatin1(service);
    if (signedPart)
        *signedPart = signingInput(body->left(signedSize));
    if (signature)
        *signature = sig;
    return token;
}

Result<PrefillToken> PrefillTokenCodec::parse(const QString &text, const PrefillTokenPolicy &policy)
{
    QByteArray signedPart;
    QByteArray signature;
    Result<PrefillToken> decoded = decode(text, &signedPart, &signature);
    if (!decoded.ok())
        return decoded;
    const PrefillToken &token = decoded.value();
    const auto key = policy.publicKeys.constFind(token.keyId);
    if (key == policy.publicKeys.constEnd())
        return fail(PrefillReason::UnknownKey, prefillKeyIdText(token.keyId));
    if (!TokenSigner::verify(*key, signedPart, signature))
        return fail(PrefillReason::BadSignature);
    if (!policy.knownService || !policy.knownService(token.serviceId))
        return fail(PrefillReason::UnknownService, token.serviceId);
    if (!policy.scopes.contains(token.branch))
        return fail(PrefillReason::WrongBranch, token.branch);
    if (policy.now >= token.expiresAt)
        return fail(PrefillReason::Expired);
    return decoded;
}

} // namespace branch
