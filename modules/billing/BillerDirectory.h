#pragma once

#include "Bill.h"

#include <QList>
#include <QString>

namespace branch {

struct BillerInfo
{
    QString id;
    QString serviceId; // the catalog service that pays this biller
    QString payeeZh;
    QString payeeEn;
    QString accountLabelZh;
    QString accountLabelEn;
};

// Where the kiosk looks up what a customer owes. The local directory serves
// fixed test bills; a gateway to real billers implements the same interface
// and is chosen when the app is assembled.
class BillerDirectory
{
public:
    virtual ~BillerDirectory();
    virtual QList<BillerInfo> billers() const = 0;
    virtual BillLookupResult lookup(const QString &billerId, const QString &accountNo) const = 0;
};

} // namespace branch
