import QtQuick
import BranchSuite.Shell

// What a page says: its title or question, written with the page in qsTr.
// Given to the Speaker when the page opens and whenever it changes (the next
// question, another language); the Speaker reads it in care mode, and on
// "Read it again" in any mode.
QtObject {
    id: speech

    property string text
    property bool opened: false

    onTextChanged: {
        if (speech.opened)
            Speaker.showPage(speech.text)
    }
    Component.onCompleted: {
        speech.opened = true
        Speaker.showPage(speech.text)
    }
}
