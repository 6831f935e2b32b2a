import QtQuick
import BranchSuite.Controls

// A home-screen tile: an accent badge with the category's own pictogram, and
// the name. The badge gives each tile a shape to find without reading. Grid tiles
// stack badge over name so long English names keep their words whole.
Rectangle {
    id: tile

    required property string categoryId
    required property string name
    required property string accent
    required property string icon
    property bool emphasised: false
    property bool stacked: true
    signal clicked()

    objectName: "categoryTile_" + categoryId
    implicitHeight: Theme.tileHeight
    radius: Theme.radius
    color: area.pressed ? Theme.surfacePressed : Theme.surface
    border.width: emphasised ? Theme.borderWidth + 1 : Theme.borderWidth
    border.color: emphasised ? tile.accent : Theme.border

    Accessible.role: Accessible.Button
    Accessible.name: name
    Accessible.onPressAction: tile.clicked()

    Rectangle {
        id: badge
        x: tile.stacked ? (tile.width - width) / 2 : Theme.spacing
        y: tile.stacked ? Theme.spacing : (tile.height - height) / 2
        width: Theme.badgeSize
        height: width
        radius: width / 2
        color: tile.accent

        Image {
            objectName: "categoryIcon_" + tile.categoryId
            anchors.centerIn: parent
            width: Math.round(badge.height * 0.55)
            height: width
            sourceSize.width: width
            sourceSize.height: height
            source: tile.icon
            Accessible.ignored: true
        }
    }

    Text {
        objectName: "categoryLabel_" + tile.categoryId
        readonly property real labelTop: tile.stacked ? badge.y + badge.height : 0
        x: tile.stacked ? Theme.spacing / 2 : badge.x + badge.width + Theme.spacing
        y: labelTop + (tile.height - labelTop - height) / 2
        width: tile.width - x - (tile.stacked ? Theme.spacing / 2 : Theme.spacing)
        horizontalAlignment: tile.stacked ? Text.AlignHCenter : Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        text: tile.name
        wrapMode: Text.WordWrap
        maximumLineCount: 2
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTile
        font.bold: true
        color: Theme.text
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: tile.clicked()
    }
}
