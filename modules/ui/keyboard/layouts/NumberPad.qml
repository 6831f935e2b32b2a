import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// A telephone-style pad for the fields that take digits, with up to two
// extra keys beside 5 and 8 (".", "-" or "X"). The same in both languages,
// so each locale points here through a ".fallback" file.
KeyboardLayout {
    id: pad

    // Each character becomes a key: "" (digits only), ".-" or "X".
    property string extraKeys: ""

    inputMethod: PlainInputMethod {}
    inputMode: InputEngine.InputMode.Numeric

    component DigitKey: Key {
        required property int digit
        objectName: "key_" + digit
        key: Qt.Key_0 + digit
        text: String(digit)
        Accessible.role: Accessible.Button
        Accessible.name: text
    }

    component ExtraKey: Key {
        required property int slot
        readonly property string character: pad.extraKeys.charAt(slot)
        readonly property var names: ({".": "dot", "-": "minus", "X": "x"})
        readonly property var codes: ({".": Qt.Key_Period, "-": Qt.Key_Minus, "X": Qt.Key_X})
        objectName: "key_" + (names[character] || "extra" + slot)
        enabled: character.length > 0
        opacity: enabled ? 1 : 0
        key: codes[character] || Qt.Key_unknown
        text: character
        Accessible.role: Accessible.Button
        Accessible.name: character === "." ? qsTr("Decimal point") : character === "-" ? qsTr("Dash") : character
    }

    KeyboardColumn {
        Layout.fillWidth: false
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: height * 1.4

        KeyboardRow {
            DigitKey { digit: 1 }
            DigitKey { digit: 2 }
            DigitKey { digit: 3 }
            BackspaceKey {
                objectName: "key_backspace"
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Delete")
            }
        }
        KeyboardRow {
            DigitKey { digit: 4 }
            DigitKey { digit: 5 }
            DigitKey { digit: 6 }
            ExtraKey { slot: 0 }
        }
        KeyboardRow {
            DigitKey { digit: 7 }
            DigitKey { digit: 8 }
            DigitKey { digit: 9 }
            ExtraKey { slot: 1 }
        }
        KeyboardRow {
            HideKeyboardKey {
                objectName: "key_hide"
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Hide keyboard")
            }
            DigitKey { digit: 0 }
            EnterKey {
                objectName: "key_enter"
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Enter")
            }
        }
    }
}
