#pragma once

#include "StoreError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace branch {

// One numbered migration file, NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString fileName;
    QString name; // the part after the number, recorded in schema_version
    QByteArray sql;
    QString checksum; // hex SHA-256 of the file's bytes

    // Reads every NNNN_name.sql in `dir` (a directory or a resource path such
    // as ":/sqlite"). Versions must run 1, 2, 3... without gaps or repeats.
    static StoreResult<QList<Migration>> loadAll(const QString &dir);
};

} // namespace branch
