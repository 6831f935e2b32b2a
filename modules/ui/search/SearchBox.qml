import QtQuick
import BranchSuite.Controls
import BranchSuite.Search

// The large search field at the top of the home page. The text goes to the
// SearchController, which searches once typing pauses.
Rectangle {
    id: box

    readonly property alias field: field
    readonly property bool editing: field.activeFocus

    function refocus() {
        field.focus = false
        field.forceActiveFocus()
    }

    implicitHeight: Math.round(Theme.touchTarget * 1.3)
    radius: Theme.radius
    color: Theme.surface
    border.width: field.activeFocus ? Theme.borderWidth + 2 : Theme.borderWidth + 1
    border.color: field.activeFocus ? Theme.primary : Theme.border

    Text {
        id: icon
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        text: "\u2315"
        font.pixelSize: Theme.fontTitle
        color: Theme.textMuted
        Accessible.ignored: true
    }

    TextInput {
        id: field
        objectName: "searchField"
        anchors.left: icon.right
        anchors.right: clear.visible ? clear.left : parent.right
        anchors.margins: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        clip: true
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        selectByMouse: false
        // Above the search's own limit, so a long text is explained, not cut.
        maximumLength: 300
        // Search ignores case, and a predictive dictionary would learn what customers type.
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhPreferLowercase
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Search for a service")
        Accessible.description: placeholder.text

        onTextChanged: SearchController.query = text
        onAccepted: {
            SearchController.searchNow()
            (Qt.inputMethod as InputMethod).hide()
        }
        onActiveFocusChanged: {
            if (activeFocus) {
                SearchController.prepare()
                (Qt.inputMethod as InputMethod).show()
            }
        }

        Connections {
            target: SearchController
            // Cleared by the controller (end of visit): the field follows.
            function onQueryChanged() {
                if (field.text !== SearchController.query)
                    field.text = SearchController.query
            }
        }
    }

    // The source string is the search module's own hint, so it is translated once.
    Text {
        id: placeholder
        objectName: "searchPlaceholder"
        anchors.fill: field
        verticalAlignment: Text.AlignVCenter
        visible: field.text.length === 0 && field.preeditText.length === 0
        text: qsTranslate("branch::SearchQuery", "Type what you would like to do, in Chinese, pinyin or English.")
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
        Accessible.ignored: true
    }

    KioskButton {
        id: clear
        objectName: "searchClearButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing / 2
        anchors.verticalCenter: parent.verticalCenter
        visible: field.text.length > 0
        text: qsTr("Clear")
        onClicked: {
            SearchController.clear()
            field.forceActiveFocus()
        }
    }
}
