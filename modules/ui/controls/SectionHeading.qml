import QtQuick
import BranchSuite.Controls

Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.textMuted
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
