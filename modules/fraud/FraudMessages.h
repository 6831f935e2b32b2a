#pragma once

#include <QCoreApplication>
#include <QString>

namespace branch {

// The sentences for fraud hits and refused rule files, in the current
// language (tr). A hit's sentence names the scam pattern, never the payee,
// the account or the remark.
class FraudMessages
{
    Q_DECLARE_TR_FUNCTIONS(branch::FraudMessages)
public:
    // "Scammers pretending to be the police ask for money to be moved to a
    // 'safe account'...". An unknown remark pattern gets a general sentence.
    static QString hit(const QString &code);
    // Why a rules or watch-list file was refused, naming the place in it.
    static QString refused(const QString &reason, const QString &where);
};

} // namespace branch
