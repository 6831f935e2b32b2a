#include "SalvageRows.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace branch {
namespace {

QAtomicInteger<quint32> savepointCounter;

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
        return names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace

QStringList SalvageRows::sharedColumns(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    const QStringList wanted = columnsOf(target, table);
    const QStringList present = columnsOf(source, table);
    QStringList shared;
    for (const QString &c : wanted) {
        if (present.contains(c))
            shared.append(c);
    }
    return shared;
}

SalvageRows SalvageRows::read(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table,
                              const QStringList &blobColumns)
{
    SalvageRows result;
    result.table = table;
    result.columns = sharedColumns(source, target, table);
    if (result.columns.isEmpty()) {
        // Not even the schema page could be read, or an older file without this table.
        result.stats.complete = false;
        result.stats.unreadable = true;
        return result;
    }
    QStringList expressions;
    for (const QString &c : result.columns)
        expressions.append(QStringLiteral("\"%1\"").arg(c));
    QList<int> checked;
    for (const QString &c : blobColumns) {
        if (const int at = int(result.columns.indexOf(c)); at >= 0) {
            checked.append(at);
            expressions.append(QStringLiteral("length(\"%1\")").arg(c));
        }
    }
    RowScanner scanner(source, table, expressions);
    result.stats = scanner.scan([&](qint64 rowid, const QVariantList &values) {
        for (qsizetype i = 0; i < checked.size(); ++i) {
            const QVariant &value = values.at(checked.at(i));
            const QVariant &length = values.at(result.columns.size() + i);
            if (value.isNull() != length.isNull() || value.toByteArray().size() != length.toLongLong()) {
                ++result.torn;
                return;
            }
        }
        result.rows.insert(rowid, values.first(result.columns.size()));
    });
    if (result.torn > 0)
        result.stats.complete = false;
    return result;
}

StoreError SalvageRows::insertRow(const QSqlDatabase &target, const QString &table, const QStringList &columns,
                                  const QVariantList &values)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted.append(QStringLiteral("\"%1\"").arg(c));
    QSqlQuery q(target);
    q.prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                  .arg(table, quoted.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u',')));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return StoreError::fromSql(StoreReason::QueryFailed, q.lastError(), QStringLiteral("salvage into ") + table);
    return {};
}

SalvageRows::Savepoint::Savepoint(const QSqlDatabase &db)
    : m_db(db)
    , m_name(QStringLiteral("salvage_%1").arg(savepointCounter.fetchAndAddRelaxed(1)))
{
}

SalvageRows::Savepoint::~Savepoint()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK TO ") + m_name);
    q.exec(QStringLiteral("RELEASE ") + m_name);
}

bool SalvageRows::Savepoint::begin()
{
    m_active = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_name);
    return m_active;
}

bool SalvageRows::Savepoint::release()
{
    if (!m_active || !QSqlQuery(m_db).exec(QStringLiteral("RELEASE ") + m_name))
        return false;
    m_active = false;
    return true;
}

} // namespace branch
