import QtQuick
import BranchSuite.Controls

// A heading and its text on the service detail page.
Column {
    id: section

    property string heading
    property string body

    spacing: 6
    visible: body.length > 0

    Text {
        width: parent.width
        text: section.heading
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        width: parent.width
        text: section.body
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
