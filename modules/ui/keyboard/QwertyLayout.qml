import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The search keyboard's letters, shared by the English and pinyin layouts:
// lower case only (search ignores case), a language key always in view, and
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
                objectName: "key_" + modelData
                key: Qt.Key_A + modelData.charCodeAt(0) - 97
                text: modelData
            }
        }
    }

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
            weight: 240
        }
    }

    KeyboardRow {
        ChangeLanguageKey {
            objectName: "key_language"
            weight: 240
        }
        SpaceKey {
            objectName: "key_space"
            weight: 800
        }
        HideKeyboardKey {
            objectName: "key_hide"
            weight: 200
        }
        EnterKey {
            objectName: "key_enter"
            weight: 240
        }
    }
}
