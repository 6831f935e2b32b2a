#pragma once

// The held-out cases of tests/data/identifiers/identity_documents.tsv: numbers
// written from each document's published layout, not from the validators, as
// a customer would type them (lower case, a space, full-width digits, another
// document's number in the wrong box). Each validator's test adds the rows
// of its kind to its own data table.

#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

namespace samples {

inline void addIdentityDocumentCases(const QString &kind)
{
    QFile file(QDir(qEnvironmentVariable("BRANCH_SOURCE_DIR"))
                   .filePath(QStringLiteral("tests/data/identifiers/identity_documents.tsv")));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    int rows = 0;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        QVERIFY2(cells.size() == 5, qPrintable(line));
        if (cells.at(0) != kind)
            continue;
        QTest::addRow("held-out: %s", qPrintable(cells.at(4))) << cells.at(1) << cells.at(2) << cells.at(3);
        ++rows;
    }
    QVERIFY2(rows >= 8, qPrintable(kind));
}

} // namespace samples
