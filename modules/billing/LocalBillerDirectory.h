#pragma once

#include "BillerDirectory.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>

namespace branch {

// The reference directory: deterministic test bills from a JSON file,
// normally the embedded :/billing/reference-bills.json. Same account, same
// bills, every time.
class LocalBillerDirectory final : public BillerDirectory
{
public:
    static QString builtInPath() { return QStringLiteral(":/billing/reference-bills.json"); }

    // Replaces the contents. On a bad file nothing is kept and `error` reads
    // "billers[2].accounts.0101: reason".
    bool load(const QByteArray &json, QString *error);
    bool loadFile(const QString &path, QString *error);

    QList<BillerInfo> billers() const override;
    BillLookupResult lookup(const QString &billerId, const QString &accountNo) const override;

private:
    struct Biller
    {
        BillerInfo info;
        QRegularExpression accountPattern;
        bool anyAccount = false; // every well-formed account exists (top-ups)
        QHash<QString, QList<Bill>> accounts;
    };

    QList<Biller> m_billers;
};

} // namespace branch
