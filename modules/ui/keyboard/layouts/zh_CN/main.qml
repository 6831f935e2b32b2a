import QtQuick
import QtQuick.VirtualKeyboard
import BranchSuite.Ui
import ".."

// Pinyin through libgooglepinyin: Debian's keyboard has no Chinese engine.
QwertyLayout {
    inputMode: InputEngine.InputMode.Pinyin

    function createInputMethod() {
        return Qt.createQmlObject("import BranchSuite.Ui; GooglePinyinInputMethod {}", parent, "pinyin")
    }
}
