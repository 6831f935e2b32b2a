#include "IdCardFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace branch {
namespace {

Error invalid(const QString &key)
{
    return fail(QStringLiteral("card_file_invalid"), key);
}

std::optional<QDate> isoDate(const QJsonObject &object, const QString &key)
{
    const QDate date = QDate::fromString(object.value(key).toString(), QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

Result<IdCard> IdCardFile::parse(const QByteArray &json, const QString &folder)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return invalid(QStringLiteral("(file)"));
    const QJsonObject object = document.object();
    static const QStringList keys = {QStringLiteral("name"),      QStringLiteral("sex"),
                                     QStringLiteral("ethnicity"), QStringLiteral("birthDate"),
                                     QStringLiteral("address"),   QStringLiteral("idNumber"),
                                     QStringLiteral("authority"), QStringLiteral("validFrom"),
                                     QStringLiteral("validUntil"), QStringLiteral("photo")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!keys.contains(it.key()))
            return invalid(it.key());
    }
    for (const QString &key : keys) {
        if (key == u"photo")
            continue;
        if (!object.value(key).isString() || object.value(key).toString().isEmpty())
            return invalid(key);
    }
    IdCard card;
    card.name = object.value(QStringLiteral("name")).toString();
    card.sex = object.value(QStringLiteral("sex")).toString();
    if (card.sex != u"male" && card.sex != u"female")
        return invalid(QStringLiteral("sex"));
    card.ethnicity = object.value(QStringLiteral("ethnicity")).toString();
    card.address = object.value(QStringLiteral("address")).toString();
    card.idNumber = object.value(QStringLiteral("idNumber")).toString();
    card.authority = object.value(QStringLiteral("authority")).toString();
    const std::optional<QDate> birth = isoDate(object, QStringLiteral("birthDate"));
    if (!birth)
        return invalid(QStringLiteral("birthDate"));
    card.birthDate = *birth;
    const std::optional<QDate> from = isoDate(object, QStringLiteral("validFrom"));
    if (!from)
        return invalid(QStringLiteral("validFrom"));
    card.validFrom = *from;
    if (object.value(QStringLiteral("validUntil")).toString() != u"long_term") {
        const std::optional<QDate> until = isoDate(object, QStringLiteral("validUntil"));
        if (!until)
            return invalid(QStringLiteral("validUntil"));
        card.validUntil = *until;
    }
    if (object.contains(QStringLiteral("photo"))) {
        const QJsonValue photo = object.value(QStringLiteral("photo"));
        // A file name beside the card, never a path elsewhere.
        if (!photo.isString() || photo.toString().isEmpty() || photo.toString().contains(u'/'))
            return invalid(QStringLiteral("photo"));
        if (!folder.isEmpty()) {
            QFile file(QDir(folder).filePath(photo.toString()));
            if (file.open(QIODevice::ReadOnly))
                card.photo = file.read(1024 * 1024);
        }
    }
    return card;
}

} // namespace branch
