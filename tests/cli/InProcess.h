#pragma once

// Runs branchctl's dispatcher in-process with a fixed clock, and writes
// answer files for the form and submit commands.

#include "Branchctl.h"
#include "FakeClock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace inprocess {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline QDate today()
{
    return QDate(2025, 6, 15);
}

inline Run branchctl(const QStringList &args)
{
    const branch::test::FakeClock clock(QDateTime(today(), QTime(10, 30)));
    const auto dispatcher = branch::makeBranchctl(clock, QStringLiteral("9.9.9"));
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = dispatcher->run(args, out, err);
    return run;
}

inline QString writeFile(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(bytes);
    return path;
}

inline QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A complete, valid bank.transfer.
inline QJsonObject transfer()
{
    const QString card = QStringLiteral("6222021234567890128");
    return {{QStringLiteral("payee_name"), QStringLiteral("张三")},
            {QStringLiteral("payee_card"), card},
            {QStringLiteral("payee_card_confirm"), card},
            {QStringLiteral("payee_bank"), QStringLiteral("this_bank")},
            {QStringLiteral("amount"), 12345},
            {QStringLiteral("purpose"), QStringLiteral("family")},
            {QStringLiteral("anti_fraud"), true}};
}

} // namespace inprocess
