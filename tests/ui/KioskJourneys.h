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
    STEP(ui.clickTile(category));
    branch::ServiceListModel *services = kiosk.shell()->services();
    const QModelIndex row =
        services->match(services->index(0), branch::ServiceListModel::IdRole, serviceId).value(0);
    QVERIFY2(row.isValid(), qPrintable(serviceId));
    QVERIFY(QMetaObject::invokeMethod(ui.item(QStringLiteral("serviceList")), "positionViewAtIndex",
                                      Q_ARG(int, row.row()), Q_ARG(int, 2)));
    STEP(ui.click(QStringLiteral("serviceItem_") + serviceId));
}

// A long press on the delivery badge, the staff sign-in page, and the staff
// page once core (or the offline verifier) accepts the member.
inline void signInAsStaff(KioskDriver &ui, branch::Kiosk &kiosk, const QString &id, const QString &secret)
{
    STEP(ui.longPress(QStringLiteral("syncBadge")));
    QCOMPARE(kiosk.shell()->route(), branch::routes::staffSignIn);
    STEP(ui.type(QStringLiteral("staffSignInId"), id));
    STEP(ui.type(QStringLiteral("staffSignInSecret"), secret));
    STEP(ui.click(QStringLiteral("staffSignInButton")));
    QTRY_COMPARE_WITH_TIMEOUT(kiosk.shell()->route(), branch::routes::staff, 20000);
    STEP(ui.settle());
    QVERIFY(ui.item(QStringLiteral("staffPage")));
}
