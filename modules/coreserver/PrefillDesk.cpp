#include "PrefillDesk.h"

#include "Catalog.h"
#include "CatalogLoader.h"
#include "CoreServerLogging.h"
#include "FieldInput.h"
#include "FormValidator.h"
#include "OfflinePayload.h"
#include "PrefillReason.h"
#include "ShortCode.h"
#include "Translations.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace branch {

namespace {

constexpr qint64 GuessWindowMs = 10 * 60 * 1000;
const QString SigningKeyName = QStringLiteral("prefill-token");
const QString BranchKeyName = QStringLiteral("prefill-branch-box");

const Catalog &catalog()
{
    static const CatalogLoadResult loaded = CatalogLoader::loadEmbedded();
    return loaded.catalog;
}

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QByteArray referenceAad(const QString &reference)
{
    return QByteArrayLiteral("prefill:") + reference.toLatin1();
}

QByteArray photoAad(const QString &reference, const QString &photoId, const char *part)
{
    return QByteArrayLiteral("photo:") + reference.toLatin1() + ':' + photoId.toLatin1() + ':' + part;
}

} // namespace

PrefillDesk::PrefillDesk(CoreStore &store, const QString &branch, std::optional<PrefillVault> vault)
    : m_store(store), m_branch(branch), m_vault(std::move(vault)),
      m_wrongByKiosk(WrongCodesPerKiosk, GuessWindowMs), m_wrongByCode(WrongCodesPerCode, GuessWindowMs)
{
}

PrefillDesk::~PrefillDesk() = default;

bool PrefillDesk::loadKeys()
{
    if (m_signer && m_boxKey)
        return true;
    const std::optional<TokenSigner> signer = TokenSigner::generate();
    const std::optional<BranchBoxKey> box = BranchBoxKey::generate();
    QByteArray storedSigner;
    QByteArray storedBox;
    if (!signer || !box || !m_store.storedKey(SigningKeyName, signer->secretKey(), &storedSigner).ok()
        || !m_store.storedKey(BranchKeyName, box->secretKey(), &storedBox).ok())
        return false;
    m_signer = TokenSigner::fromSecretKey(storedSigner);
    m_boxKey = BranchBoxKey::fromSecretKey(storedBox);
    if (!m_signer || !m_boxKey)
        qCCritical(lcCoreServer) << "a stored prefill key is damaged";
    return m_signer && m_boxKey;
}

QHash<QString, PrefillFieldProblem> PrefillDesk::check(const ServiceDefinition &service, const QString &language,
                                                       const QJsonObject &values, const QDateTime &now)
{
    QHash<QString, PrefillFieldProblem> problems;
    QJsonObject answers;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const FieldDefinition *field = service.form.field(it.key());
        if (!field) {
            problems.insert(it.key(), {QStringLiteral("unknown_field"), tr("This form has no such field.")});
            continue;
        }
        if (!it.value().isString() || it.value().toString().size() > 1000) {
            problems.insert(it.key(), {QStringLiteral("not_text"), tr("Every answer is sent as text.")});
            continue;
        }
        const fieldinput::Converted converted = fieldinput::fromAnswer(*field, it.value().toString());
        if (!converted.reason.isEmpty())
            problems.insert(it.key(), {converted.reason, converted.message});
        else
            answers.insert(it.key(), converted.value);
    }
    if (!m_translations)
        m_translations = std::make_unique<Translations>();
    // Messages in the phone's language; core's own stay in English.
    m_translations->setLanguage(language);
    const FormValidator validator(service, now.date());
    for (const FieldError &error : validator.validateForm(answers)) {
        const FieldDefinition *field = service.form.field(error.fieldId);
        // Documents arrive as photos after the token, and the signature is
        // made at the kiosk: neither is the phone's to give here.
        if (error.warning || problems.contains(error.fieldId)
            || (field && (field->type == FieldType::Document || field->type == FieldType::Signature)))
            continue;
        problems.insert(error.fieldId, {error.reason, error.message()});
    }
    m_translations->setLanguage(QStringLiteral("en"));
    return problems;
}

PrefillIssue PrefillDesk::issue(const QString &serviceId, const QString &language, const QJsonObject &values,
                                const QDateTime &now)
{
    PrefillIssue out;
    const ServiceDefinition *service = catalog().service(serviceId);
    if (!service) {
        out.reason = PrefillReason::UnknownService;
        return out;
    }
    if (!service->prefillAllowed) {
        out.reason = QStringLiteral("prefill_not_allowed");
        return out;
    }
    out.fields = check(*service, language, values, now);
    if (!out.fields.isEmpty()) {
        out.reason = QStringLiteral("invalid");
        return out;
    }
    if (!ready() || !loadKeys()) {
        out.reason = QStringLiteral("unavailable");
        return out;
    }
    const QDateTime expires = now.addSecs(ExpiryHours * 3600);
    PrefillToken token = PrefillToken::create(serviceId, m_branch, expires);
    PrefillRecord &record = out.record;
    record.reference = token.referenceText();
    record.serviceId = serviceId;
    record.branch = m_branch;
    record.createdAt = now;
    record.expiresAt = token.expiresAt;
    const QByteArray plain = QJsonDocument(values).toJson(QJsonDocument::Compact);
    record.sealedValues = m_vault->seal(plain, referenceAad(record.reference));
    // A fresh short code until one is free: with 10^8 codes, a retry is rare.
    CoreStoreStatus status;
    for (int attempt = 0; attempt < 5; ++attempt) {
        record.shortCode = ShortCode::generate();
        status = m_store.addPrefill(record);
        if (status.reason != u"short_code_taken")
            break;
    }
    if (!status.ok()) {
        out.reason = QStringLiteral("unavailable");
        return out;
    }
    out.token = PrefillTokenCodec::encode(token, *m_signer);
    if (service->prefillOffline) {
        PrefillToken offline = token;
        offline.sealedPayload = OfflinePayload::seal(values, m_boxKey->publicKey());
        const QString text = PrefillTokenCodec::encode(offline, *m_signer);
        if (!offline.sealedPayload.isEmpty() && text.size() <= PrefillTokenCodec::MaxOfflineChars)
            out.offlineToken = text;
    }
    qCInfo(lcCoreServer) << "prefill issued for" << serviceId << (out.offlineToken.isEmpty() ? "" : "with offline token");
    return out;
}

Result<QString> PrefillDesk::attachPhoto(const QString &reference, const QString &document, const QByteArray &body,
                                         const QDateTime &now)
{
    if (!ready())
        return fail(QStringLiteral("unavailable"));
    CoreStoreStatus status;
    const std::optional<PrefillRecord> record = m_store.prefill(reference, &status);
    if (!status.ok())
        return fail(QStringLiteral("unavailable"));
    if (!record)
        return fail(QStringLiteral("not_found"));
    const ServiceDefinition *service = catalog().service(record->serviceId);
    const FieldDefinition *field = service ? service->form.field(document) : nullptr;
    if (!field || field->type != FieldType::Document)
        return fail(QStringLiteral("unknown_document"));
    if (body.size() > MaxPhotoBytes)
        return fail(QStringLiteral("too_large"));
    // By content, never by name or Content-Type: the reader sniffs the
    // format, and the size is checked before any pixel is decoded.
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoDetectImageFormat(true);
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png")
        return fail(QStringLiteral("not_an_image"));
    const QSize size = reader.size();
    if (!size.isValid())
        return fail(QStringLiteral("not_an_image"));
    if (size.width() > MaxPhotoSide || size.height() > MaxPhotoSide)
        return fail(QStringLiteral("too_large"));
    const QImage image = reader.read();
    if (image.isNull())
        return fail(QStringLiteral("not_an_image"));
    QByteArray thumbnail;
    QBuffer thumbBuffer(&thumbnail);
    thumbBuffer.open(QIODevice::WriteOnly);
    image.scaled(ThumbnailSide, ThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
        .save(&thumbBuffer, "JPEG", 80);
    PrefillPhotoRecord photo;
    photo.photoId = randomHex(16);
    photo.reference = reference;
    photo.document = document;
    photo.mediaType = format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    photo.sealedImage = m_vault->seal(body, photoAad(reference, photo.photoId, "image"));
    photo.sealedThumbnail = m_vault->seal(thumbnail, photoAad(reference, photo.photoId, "thumbnail"));
    photo.createdAt = now;
    status = m_store.addPrefillPhoto(photo, now, MaxPhotos);
    if (!status.ok())
        return fail(status.reason == u"unavailable" ? QStringLiteral("unavailable") : status.reason);
    return photo.photoId;
}

PrefillClaim PrefillDesk::claimToken(const QString &text, const QString &deviceId, const QDateTime &now)
{
    PrefillClaim out;
    if (!ready() || !loadKeys()) {
        out.reason = QStringLiteral("unavailable");
        return out;
    }
    PrefillTokenPolicy policy;
    policy.publicKeys.insert(m_signer->keyId(), m_signer->publicKey());
    policy.scopes = {m_branch};
    policy.knownService = [](const QString &id) { return catalog().contains(id); };
    policy.now = now;
    const Result<PrefillToken> token = PrefillTokenCodec::parse(text, policy);
    if (!token.ok()) {
        out.reason = token.reason();
        return out;
    }
    return claim(token->referenceText(), deviceId, now);
}

PrefillClaim PrefillDesk::claimShortCode(const QString &typed, const QString &deviceId, const QDateTime &now)
{
    PrefillClaim out;
    const QString code = ShortCode::normalize(typed);
    // A typo is caught by the check digit and costs no guess.
    if (!ShortCode::isValid(code)) {
        out.reason = PrefillReason::Malformed;
        return out;
    }
    const qint64 nowMs = now.toMSecsSinceEpoch();
    // Wrong guesses are counted per kiosk and per code: past the limit, even
    // a right code is refused until the window passes, before any look-up,
    // so the answer tells a guesser nothing.
    const QString kioskKey = QStringLiteral("kiosk:") + deviceId;
    const QString codeKey = QStringLiteral("code:") + code;
    if (m_wrongByKiosk.blockedFor(kioskKey, nowMs) > 0 || m_wrongByCode.blockedFor(codeKey, nowMs) > 0) {
        out.reason = QStringLiteral("too_many_guesses");
        return out;
    }
    CoreStoreStatus status;
    const std::optional<PrefillRecord> record = m_store.prefillByShortCode(code, &status);
    if (!status.ok()) {
        out.reason = QStringLiteral("unavailable");
        return out;
    }
    if (!record || record->expiresAt <= now) {
        m_wrongByKiosk.tryAcquire(kioskKey, nowMs);
        m_wrongByCode.tryAcquire(codeKey, nowMs);
        qCInfo(lcCoreServer) << "wrong short code from" << deviceId;
        out.reason = QStringLiteral("not_found");
        return out;
    }
    return claim(record->reference, deviceId, now);
}

PrefillClaim PrefillDesk::claim(const QString &reference, const QString &deviceId, const QDateTime &now)
{
    PrefillClaim out;
    if (!ready()) {
        out.reason = QStringLiteral("unavailable");
        return out;
    }
    const CoreStoreStatus status =
        m_store.claimPrefill(reference, deviceId, now, now.addSecs(ClaimMinutes * 60), &out.record);
    if (!status.ok()) {
        out.reason = status.reason;
        return out;
    }
    const std::optional<QByteArray> plain = m_vault->open(out.record.sealedValues, referenceAad(reference));
    QList<PrefillPhotoRecord> photos;
    if (!plain || !m_store.prefillPhotos(reference, &photos).ok()) {
        qCCritical(lcCoreServer) << "a sealed prefill does not open with core's prefill key";
        out.reason = QStringLiteral("unavailable");
        return out;
    }
    out.values = QJsonDocument::fromJson(*plain).object();
    for (const PrefillPhotoRecord &photo : std::as_const(photos)) {
        const std::optional<QByteArray> thumbnail =
            m_vault->open(photo.sealedThumbnail, photoAad(reference, photo.photoId, "thumbnail"));
        if (thumbnail)
            out.photos.append({photo.photoId, photo.document, photo.mediaType, *thumbnail});
    }
    return out;
}

} // namespace branch
