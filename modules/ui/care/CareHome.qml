pragma ComponentBehavior: Bound
import QtQuick
import BranchSuite.Controls
import BranchSuite.Shell
import BranchSuite.Catalog
import BranchSuite.Care

// Care mode's home (issue 14 section 2): a few very large tiles for what
// elderly customers come for most (the catalog's care-home.json), then one
// button to every other service. No pictures that move, nothing else.
Item {
    id: view

    required property ShellController shell
    required property CareHomeModel tiles
    // The home page that shows this; "All services" asks it for the full list.
    property var home: null

    objectName: "careHome"
    implicitHeight: column.height

    // Three abreast on a kiosk's screen, two on a narrow one: each tile stays
    // at care mode's full tile height, larger than the ordinary home's.
    readonly property int columns: width >= 1100 ? 3 : 2

    Column {
        id: column
        width: view.width
        spacing: Theme.spacing

        // "All services" sits beside the title, so it is in view on any screen.
        Item {
            width: parent.width
            height: Math.max(title.implicitHeight, allServices.height)

            Text {
                id: title
                objectName: "careHomeTitle"
                anchors.left: parent.left
                anchors.right: allServices.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Services you may need")
                wrapMode: Text.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            KioskButton {
                id: allServices
                objectName: "careAllServices"
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("All services")
                onClicked: {
                    if (view.home)
                        view.home.showAllServices()
                }
            }
        }

        Grid {
            id: grid
            width: parent.width
            columns: view.columns
            spacing: Theme.spacing

            Repeater {
                model: view.tiles
                delegate: CategoryTile {
                    required property bool isCategory
                    width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                    height: Theme.tileHeight
                    emphasised: true
                    onClicked: {
                        if (isCategory)
                            view.shell.openCategory(categoryId)
                        else
                            view.shell.openService(categoryId)
                    }
                }
            }
        }

    }
}
