import QtQuick
import QtQuick.VirtualKeyboard
import BranchSuite.Keyboard
import ".."

// Pinyin through libgooglepinyin: Debian's keyboard has no Chinese engine.
QwertyLayout {
    inputMode: InputEngine.InputMode.Pinyin

    function createInputMethod() {
        return Qt.createQmlObject("import BranchSuite.Keyboard; GooglePinyinInputMethod {}", parent, "pinyin")
    }
}
