import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// The kiosk keyboard's letters, shared by the English and pinyin layouts: a
// row of digits (house numbers, credit codes), the letters, and an objectName
// on every key so tests and automation can find it. What the field asked for
// (FieldListModel, in C++) arrives as its input method hints and its
// `punctuation` property:
//   - Latin only (names in a passport, codes): no language key, so Chinese
//     cannot be switched on;
//   - capitals only (codes): no shift, every letter a capital;
//   - otherwise, in English, a shift key for capitals ("John Smith");
//   - the punctuation keys the field accepts, and no others.
// It lives beside the layouts, not in the module: the keyboard loads them by
// URL, and from there `import ".."` reaches this file.
KeyboardLayout {
    id: layout

    keyWeight: 160

    readonly property int hints: InputContext.inputMethodHints
    readonly property bool latinOnly: (hints & Qt.ImhLatinOnly) !== 0
    readonly property bool capitalsOnly: (hints & Qt.ImhUppercaseOnly) !== 0
    readonly property bool shiftable: !capitalsOnly && inputMode === InputEngine.InputMode.Latin
    // The focused field's own list; the search box has none.
    readonly property string marks: {
        const item = InputContext.priv.inputItem
        return item && typeof item.punctuation === "string" ? item.punctuation : ""
    }
    readonly property var markNames: ({"\u00B7": "middledot", "-": "minus", "'": "apostrophe", ".": "dot",
                                        "@": "at", "_": "underscore", "#": "hash", "/": "slash",
                                        "\uFF0C": "comma", "\u3002": "fullstop"})

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
        ShiftKey {
            objectName: "key_shift"
            visible: layout.shiftable
            enabled: visible
            weight: 240
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Capital letter")
        }
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
            // The globe alone: the language's name beside it did not fit in care mode.
            displayText: ""
            visible: !layout.latinOnly
            enabled: visible
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Switch between pinyin and English")
            weight: 240
        }
        SpaceKey {
            objectName: "key_space"
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Space")
            // What the language key and the marks leave of the row, never less
            // than two keys' width (the row shrinks to fit then).
            weight: Math.max(320, 920 - 160 * layout.marks.length + (layout.latinOnly ? 240 : 0))
        }
        Repeater {
            model: layout.marks.split("")
            delegate: Key {
                required property string modelData
                objectName: "key_" + (layout.markNames[modelData] || "mark")
                key: modelData === "-" ? Qt.Key_Minus : modelData === "." ? Qt.Key_Period : Qt.Key_unknown
                text: modelData
                weight: 160
                Accessible.role: Accessible.Button
                Accessible.name: modelData
            }
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
