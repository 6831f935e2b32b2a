import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The kiosk keyboard's letters, shared by the English and pinyin layouts:
// a row of digits (house numbers, credit codes), lower case only (search
// and every identifier check ignore case), a language key always in view, and
// an objectName on every key so tests and automation can find it. It lives
// beside the layouts, not in the module: the keyboard loads them by URL, and
// from there `import ".."` reaches this file without the module's import path.
KeyboardLayout {
    keyWeight: 160

    component LetterRow: KeyboardRow {
        id: row

        property string letters

        Repeater {
            model: row.letters.split("")
            delegate: Key {
                required property string modelData
                readonly property int code: modelData.charCodeAt(0)
                objectName: "key_" + modelData
                key: code < 97 ? Qt.Key_0 + code - 48 : Qt.Key_A + code - 97
                text: modelData
                Accessible.role: Accessible.Button
                Accessible.name: modelData
            }
        }
    }

    LetterRow { letters: "1234567890" }

    LetterRow { letters: "qwertyuiop" }

    KeyboardRow {
        FillerKey { weight: 80 }
        LetterRow { letters: "asdfghjkl" }
        FillerKey { weight: 80 }
    }

    KeyboardRow {
        LetterRow { letters: "zxcvbnm" }
        BackspaceKey {
            objectName: "key_backspace"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Delete")
            weight: 240
        }
    }

    KeyboardRow {
        ChangeLanguageKey {
            objectName: "key_language"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Switch language")
            weight: 240
        }
        SpaceKey {
            objectName: "key_space"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Space")
            weight: 800
        }
        HideKeyboardKey {
            objectName: "key_hide"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Hide keyboard")
            weight: 200
        }
        EnterKey {
            objectName: "key_enter"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Enter")
            weight: 240
        }
    }
}
