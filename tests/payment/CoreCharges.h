#pragma once

// What core's own database holds for a reference: its authorised payments,
// read behind core's back. Shared by the payment tests against branch-core.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace branch::test {

struct CoreCharges
{
    int count = -1;
    QString authorisation;
};

// What core's own database holds for a reference: its authorised payments.
inline CoreCharges chargesAt(const QString &coreDb, const QString &reference)
{
    CoreCharges c;
    const QString name = QStringLiteral("core-read-%1").arg(reference);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(coreDb);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT COUNT(*), MAX(authorisation) FROM payments"
                                     " WHERE reference = ? AND state = 'authorised'"));
            q.addBindValue(reference);
            if (q.exec() && q.next()) {
                c.count = q.value(0).toInt();
                c.authorisation = q.value(1).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

} // namespace branch::test
