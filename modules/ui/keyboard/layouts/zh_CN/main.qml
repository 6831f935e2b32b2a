import QtQuick
import QtQuick.VirtualKeyboard
import BranchSuite.Keyboard
import ".."

// Pinyin through libgooglepinyin: Debian's keyboard has no Chinese engine.
QwertyLayout {
    id: pinyin

    inputMode: InputEngine.InputMode.Pinyin

    // Compiled once with the layout, not from a string on every switch back
    // to pinyin (that cost most of a field change's first frame).
    Component {
        id: method
        GooglePinyinInputMethod {}
    }

    function createInputMethod() {
        return method.createObject(pinyin.parent)
    }
}
