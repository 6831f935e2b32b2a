import QtQml
import QtQuick
import BranchSuite.Ui

Window {
    id: root

    required property ShellController shell
    required property IdleWatcher idle
    required property KioskSession session
    required property FormController flow
    required property StaffController staff
    property bool fullScreen: false

    objectName: "mainWindow"
    width: 1280
    height: 800
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    title: qsTr("BranchSuite")
    color: Theme.background

    Binding {
        target: Theme
        property: "care"
        value: root.shell.careMode
    }

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        shell: root.shell
    }

    Banner {
        id: banner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        shell: root.shell
    }

    // Pages are rebuilt on every route change, so nothing a customer typed
    // outlives the page it was typed on.
    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom
        sourceComponent: {
            switch (root.shell.page) {
            case ShellController.Category:
                return categoryPage
            case ShellController.Service:
                return servicePage
            case ShellController.Form:
                return flowPage
            case ShellController.Staff:
                return staffPage
            }
            return homePage
        }
    }

    Component {
        id: homePage
        HomePage { shell: root.shell }
    }

    Component {
        id: categoryPage
        CategoryPage { shell: root.shell }
    }

    Component {
        id: servicePage
        ServiceDetailPage {
            shell: root.shell
            flow: root.flow
        }
    }

    Component {
        id: flowPage
        FlowPage {
            shell: root.shell
            flow: root.flow
            session: root.session
        }
    }

    Component {
        id: staffPage
        StaffPage {
            shell: root.shell
            staff: root.staff
        }
    }

    IdleOverlay {
        anchors.fill: parent
        z: 100
        idle: root.idle
        session: root.session
    }
}
