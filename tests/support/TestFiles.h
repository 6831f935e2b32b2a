#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace branch::test {

// A file's bytes, or empty when it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace branch::test
