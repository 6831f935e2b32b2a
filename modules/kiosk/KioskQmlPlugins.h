#pragma once

// Every QML module of the kiosk is a static plugin: an executable that loads
// Main.qml includes this once (main.cpp, the GUI tests), so each module's
// types are registered. A new feature module adds its line here.

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(BranchSuite_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_KeyboardPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_ShellPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_SearchPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_FormPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_StaffPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_PrefillPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_PaymentPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_CatalogPlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_CarePlugin)
Q_IMPORT_QML_PLUGIN(BranchSuite_FraudPlugin)
