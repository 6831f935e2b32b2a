#pragma once

#include "CatalogIssue.h"
#include "LocalizedText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace branch {

// Strict reading of one catalog file. Every getter takes the parent's JSON path
// and a key, reports a problem at "parent.key" with a stable reason and returns
// nullopt, so a parser can keep going and report everything wrong in one pass.
class JsonReader
{
public:
    enum class Presence { Required, Optional };

    explicit JsonReader(const QString &file);

    void fail(const QString &path, const QString &reason);
    // Paths whose money was written as a float in the text (see MoneyLiterals.h).
    void setFloatMoneyPaths(const QSet<QString> &paths) { m_floatMoneyPaths = paths; }
    const QList<CatalogIssue> &issues() const { return m_issues; }
    bool ok() const { return m_issues.isEmpty(); }
    QString file() const { return m_file; }

    static QString join(const QString &path, const QString &key);
    static QString index(const QString &path, qsizetype i);
    // Lower-case ASCII, digits and '_' after a letter; dots allowed when `dotted`.
    static bool isIdentifier(const QString &text, bool dotted = false);

    void allowOnly(const QJsonObject &object, const QString &path, std::initializer_list<const char *> keys);

    std::optional<QString> string(const QJsonObject &object, const QString &path, const char *key,
                                  Presence presence = Presence::Required);
    // Like string(), and the value must be an identifier (reason invalid_id).
    std::optional<QString> identifier(const QJsonObject &object, const QString &path, const char *key,
                                      Presence presence = Presence::Required);
    // Whole numbers only. A fractional or exponent form of a key ending in "Fen"
    // is reported as money_not_integer_fen: money never travels as a float.
    std::optional<qint64> integer(const QJsonObject &object, const QString &path, const char *key,
                                  Presence presence = Presence::Required);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, const char *key,
                                Presence presence = Presence::Required);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path, const char *key,
                                    Presence presence = Presence::Required);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path, const char *key,
                                      Presence presence = Presence::Required);
    // {"zh": "...", "en": "..."}, both present and non-empty.
    std::optional<LocalizedText> text(const QJsonObject &object, const QString &path, const char *key,
                                      Presence presence = Presence::Required);
    // Non-empty array of non-empty strings, each unique.
    std::optional<QStringList> stringList(const QJsonObject &object, const QString &path, const char *key);
    // Array element that must be an object; reports not_an_object otherwise.
    std::optional<QJsonObject> element(const QJsonArray &array, const QString &path, qsizetype i);

    // An ISO 4217 code; reports invalid_currency.
    std::optional<QString> currency(const QJsonObject &object, const QString &path, const char *key,
                                    Presence presence = Presence::Required);

private:
    bool present(const QJsonObject &object, const QString &path, const char *key, Presence presence);

    QString m_file;
    QList<CatalogIssue> m_issues;
    QSet<QString> m_floatMoneyPaths;
};

} // namespace branch
