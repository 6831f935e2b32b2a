import QtQuick.VirtualKeyboard
import ".."

QwertyLayout {
    inputMode: InputEngine.InputMode.Latin
}
