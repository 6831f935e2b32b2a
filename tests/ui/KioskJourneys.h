#pragma once

// Steps that several GUI tests take through the real screens, as a customer
// would, so each test says only what it is about.

#include "Kiosk.h"
#include "KioskDriver.h"
#include "ServiceListModel.h"
#include "ShellController.h"

#include <QTest>

// Home -> the category's tile -> the service in its list (scrolled into view)
// -> the service's detail page.
inline void openService(KioskDriver &ui, branch::Kiosk &kiosk, const QString &category, const QString &serviceId)
{
    STEP(ui.click(QStringLiteral("categoryTile_") + category));
    branch::ServiceListModel *services = kiosk.shell()->services();
    const QModelIndex row =
        services->match(services->index(0), branch::ServiceListModel::IdRole, serviceId).value(0);
    QVERIFY2(row.isValid(), qPrintable(serviceId));
    QVERIFY(QMetaObject::invokeMethod(ui.item(QStringLiteral("serviceList")), "positionViewAtIndex",
                                      Q_ARG(int, row.row()), Q_ARG(int, 2)));
    STEP(ui.click(QStringLiteral("serviceItem_") + serviceId));
}
