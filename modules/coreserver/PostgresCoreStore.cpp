#include "PostgresCoreStore.h"

#include <QSqlError>
#include <QStringList>

namespace branch {

PostgresCoreStore::PostgresCoreStore(const QString &conninfo)
    : m_conninfo(conninfo)
{
}

QMap<QString, QString> PostgresCoreStore::parseConninfo(const QString &conninfo, QString *error)
{
    QMap<QString, QString> out;
    qsizetype i = 0;
    const qsizetype n = conninfo.size();
    while (i < n) {
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = conninfo.indexOf(u'=', i);
        if (eq < 0) {
            *error = QStringLiteral("missing '=' after keyword");
            return {};
        }
        const QString keyword = conninfo.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && conninfo.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && conninfo.at(i) == u'\'') {
            for (++i; i < n && conninfo.at(i) != u'\''; ++i) {
                if (conninfo.at(i) == u'\\' && i + 1 < n)
                    ++i;
                value.append(conninfo.at(i));
            }
            if (i >= n) {
                *error = QStringLiteral("unterminated quoted value");
                return {};
            }
            ++i;
        } else {
            while (i < n && !conninfo.at(i).isSpace())
                value.append(conninfo.at(i++));
        }
        if (keyword.isEmpty()) {
            *error = QStringLiteral("empty keyword");
            return {};
        }
        out.insert(keyword, value);
    }
    if (out.isEmpty())
        *error = QStringLiteral("empty conninfo");
    return out;
}

QString PostgresCoreStore::connect()
{
    QString error;
    QMap<QString, QString> keywords = parseConninfo(m_conninfo, &error);
    if (!error.isEmpty())
        return error;
    if (!m_db.isValid())
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName());
    if (!m_db.isValid())
        return QStringLiteral("the QPSQL driver is not installed (libqt6sql6-psql)");
    m_db.setHostName(keywords.take(QStringLiteral("host")));
    m_db.setDatabaseName(keywords.take(QStringLiteral("dbname")));
    m_db.setUserName(keywords.take(QStringLiteral("user")));
    m_db.setPassword(keywords.take(QStringLiteral("password")));
    const QString port = keywords.take(QStringLiteral("port"));
    m_db.setPort(port.isEmpty() ? -1 : port.toInt());
    // QPSQL hands the remaining keywords to libpq unchanged.
    QStringList options;
    for (auto it = keywords.cbegin(); it != keywords.cend(); ++it)
        options.append(it.key() + u'=' + it.value());
    if (!keywords.contains(QStringLiteral("connect_timeout")))
        options.append(QStringLiteral("connect_timeout=5"));
    m_db.setConnectOptions(options.join(u';'));
    if (!m_db.open())
        return m_db.lastError().text();
    return {};
}

} // namespace branch
