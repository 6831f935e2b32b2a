import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell

Window {
    id: root

    required property ShellController shell
    required property IdleWatcher idle
    required property KioskSession session
    property bool fullScreen: false

    objectName: "mainWindow"
    // Without a window manager (a kiosk's bare X server) FullScreen alone leaves
    // the window at its windowed size, so it is also sized to the screen.
    x: 0
    y: 0
    width: fullScreen ? Screen.width : 1280
    height: fullScreen ? Screen.height : 800
    visible: true
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    title: qsTr("BranchSuite")
    color: Theme.background

    Binding {
        target: Theme
        property: "care"
        value: root.shell.context.careMode
    }

    // In care mode on a short screen the big keyboard needs the top bar's
    // room while it is up, so the question stays above it.
    // "var": Qt 6.4's compiled bindings give null for `Qt.inputMethod as InputMethod` here.
    readonly property var inputMethod: Qt.inputMethod
    readonly property bool typingOnShortScreen: Theme.care && root.inputMethod.visible && root.height < 900

    TopBar {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: !root.typingOnShortScreen
        height: visible ? implicitHeight : 0
        shell: root.shell
    }

    // A new customer (the idle reset, "End now"): whatever was being typed
    // loses focus, and the keyboard closes, even when the page stays.
    Connections {
        target: root.session
        function onCleared() {
            // Its scope would give focus back to the same field: drop it there.
            if (root.activeFocusItem)
                root.activeFocusItem.focus = false
            root.contentItem.forceActiveFocus()
            root.inputMethod.hide()
        }
    }

    Banner {
        id: banner
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: topBar.bottom
        text: root.shell.bannerText
        onDismissed: root.shell.dismissBanner()
    }

    // The route's page, as the feature that added it to the router built it.
    // A new page on every route change, so nothing a customer typed outlives
    // the page it was typed on.
    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.bottom
        anchors.bottom: parent.bottom

        function showRoute() {
            pageLoader.setSource("")
            pageLoader.setSource(root.shell.router.pageUrl, root.shell.router.pageProperties)
        }

        Component.onCompleted: showRoute()

        Connections {
            target: root.shell.router
            function onPageChanged() { pageLoader.showRoute() }
        }
    }

    IdleOverlay {
        anchors.fill: parent
        z: 100
        idle: root.idle
        session: root.session
    }
}
