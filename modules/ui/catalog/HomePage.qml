import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Search
import BranchSuite.Keyboard
import BranchSuite.Catalog

// The service categories: government and livelihood on the left, banking and
// counter actions on the right; above them, a search box. The tiles take the
// height there is, down to what their pictogram and two lines of name need,
// so a kiosk's 1920x1080 shows everything on one screen in both modes. When
// even that does not fit (care mode on a small screen), the page scrolls as
// one and shows a bar where the rest is.
Item {
    id: page

    required property ShellController shell

    // Read in care mode as the home screen opens (Speaker, docs/speech.md).
    PageSpeech {
        text: qsTr("Welcome. Please choose a service, or type what you need in the search box.")
    }
    // Care mode's large tiles go four abreast on a wide screen, three otherwise.
    readonly property int columns: Theme.care && width < 1600 ? 3 : 4
    readonly property int rows: Math.ceil(livelihood.count / columns)
    // A stacked tile needs its badge and two lines of name.
    readonly property real minTileHeight: Theme.badgeSize + Theme.spacing * 1.5 + Math.ceil(Theme.fontTile * 1.4) * 2
    readonly property real tileHeight: Math.max(minTileHeight,
        Math.min(Theme.tileHeight, (page.height - gridTop - Theme.margin - (rows - 1) * Theme.spacing) / rows))
    // Where the tiles start with no search results above them: results or the
    // keyboard never resize the tiles, they scroll.
    readonly property real gridTop: searchBox.y + searchBox.height + Theme.spacing / 2 + title.height + Theme.spacing + grid.y
    readonly property bool keyboardShown: keyboardLoader.item !== null && (keyboardLoader.item as KioskKeyboard).shown

    objectName: "homePage"

    // Care mode opens on the care feature's few large tiles (the router's
    // "homeCare" part) until the customer asks for every service.
    property bool allServices: false
    readonly property bool hasCareHome: {
        const url = page.shell.router.partUrl("homeCare")
        return url.toString() !== ""
    }
    readonly property bool careHome: Theme.care && !allServices && hasCareHome
    function showAllServices() {
        page.allServices = true
    }
    function updateCareHome() {
        if (page.careHome) {
            const properties = page.shell.router.partProperties("homeCare")
            properties.home = page
            careLoader.setSource(page.shell.router.partUrl("homeCare"), properties)
        } else {
            careLoader.setSource("")
        }
    }
    onCareHomeChanged: updateCareHome()
    Component.onCompleted: updateCareHome()

    Flickable {
        id: flick
        objectName: "homeFlickable"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: page.keyboardShown ? parent.height - keyboardLoader.height : parent.height
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Item {
            id: content
            width: flick.width
            height: page.careHome ? careLoader.y + careLoader.height + Theme.margin
                                  : Math.max(main.y + main.height, side.y + side.height) + Theme.margin

            SearchBox {
                id: searchBox
                x: Theme.margin
                y: Theme.spacing
                width: content.width - 2 * Theme.margin
                onEditingChanged: {
                    if (!editing)
                        return
                    flick.contentY = 0
                    keyboardLoader.active = page.shell.onScreenKeyboard
                }
            }

            SearchResults {
                id: searchResults
                x: Theme.margin
                y: searchBox.y + searchBox.height + Theme.spacing / 2
                width: searchBox.width
            }

            Loader {
                id: careLoader
                objectName: "careHomeLoader"
                x: Theme.margin
                y: title.y
                width: content.width - 2 * Theme.margin
                visible: page.careHome
            }

            Text {
                id: title
                objectName: "homeTitle"
                visible: !page.careHome
                x: Theme.margin
                y: searchResults.visible ? searchResults.y + searchResults.height + Theme.spacing
                                         : searchBox.y + searchBox.height + Theme.spacing / 2
                text: qsTr("Please choose a service")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Column {
                id: main
                visible: !page.careHome
                x: Theme.margin
                y: title.y + title.height + Theme.spacing
                width: side.x - x - Theme.margin
                spacing: Theme.spacing

                SectionHeading { text: qsTr("Government & livelihood services") }

                Grid {
                    id: grid
                    width: parent.width
                    columns: page.columns
                    spacing: Theme.spacing

                    Repeater {
                        model: CategoryModel {
                            id: livelihood
                            group: "livelihood"
                            language: page.shell.language
                        }
                        // Qt 6.4's qmllint cannot see ids outside a delegate (6.5's
                        // "pragma ComponentBehavior: Bound" can); they resolve at run time.
                        // qmllint disable unqualified
                        delegate: CategoryTile {
                            id: gridTile
                            width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                            height: page.tileHeight
                            onClicked: page.shell.activate(gridTile.categoryId)
                        }
                        // qmllint enable unqualified
                    }
                }
            }

            Column {
                id: side
                visible: !page.careHome
                x: content.width - width - Theme.margin
                y: main.y
                width: Theme.sidePanelWidth
                spacing: Theme.spacing

                SectionHeading { text: qsTr("Financial services") }

                Repeater {
                    model: CategoryModel {
                        group: "banking"
                        language: page.shell.language
                    }
                    // qmllint disable unqualified
                    delegate: CategoryTile {
                        id: bankingTile
                        width: side.width
                        height: page.tileHeight
                        stacked: false
                        emphasised: true
                        onClicked: page.shell.activate(bankingTile.categoryId)
                    }
                    // qmllint enable unqualified
                }

                // Only actions this kiosk can do have a tile; none, no heading.
                SectionHeading {
                    visible: actions.count > 0
                    text: qsTr("At this counter")
                }

                Repeater {
                    model: CategoryModel {
                        id: actions
                        group: "action"
                        language: page.shell.language
                    }
                    // qmllint disable unqualified
                    delegate: CategoryTile {
                        id: actionTile
                        width: side.width
                        height: Math.max(Theme.touchTarget, Math.round(Theme.tileHeight * 0.6))
                        stacked: false
                        onClicked: page.shell.activate(actionTile.categoryId)
                    }
                    // qmllint enable unqualified
                }
            }
        }
    }

    ScrollHint {
        objectName: "homeScrollBar"
        flickable: flick
        anchors.right: parent.right
        anchors.rightMargin: 6
        y: 6
        height: flick.height - 12
    }

    // Loaded when the search box first gets focus: the keyboard and the
    // pinyin dictionary stay off the start-up path.
    Loader {
        id: keyboardLoader
        objectName: "searchKeyboardLoader"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        z: 10
        active: false
        // qmllint disable unqualified
        sourceComponent: KioskKeyboard {
            name: "searchKeyboard"
            language: page.shell.language
            care: Theme.care
            field: searchBox.editing ? searchBox.field : null
            wanted: searchBox.editing
            onNeedsFocusAgain: Qt.callLater(searchBox.refocus)
        }
        // qmllint enable unqualified
    }
}
