#pragma once

#include <QString>
#include <QStringList>

namespace branch {

struct SqlScript
{
    QStringList statements;
    QString error; // empty when the script is usable

    // Qt's SQLite driver runs one statement per exec(), so a migration file is
    // split here. The splitter understands quotes, comments and the
    // CREATE TRIGGER ... BEGIN ... END bodies that hold semicolons. It refuses
    // transaction control: the migrator owns the transaction.
    static SqlScript parse(const QString &text);
};

} // namespace branch
