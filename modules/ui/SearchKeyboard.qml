import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard for the search box: English letters and pinyin,
// switched with the language key; it opens in the kiosk's language. Nothing
// typed is learnt: no predictive dictionary, no user dictionary.
Item {
    id: root

    property string language
    // Shown only while the search box has focus.
    property bool wanted: false
    // The InputPanel, once created.
    readonly property var panel: panelLoader.item
    readonly property bool shown: wanted && panel !== null && panel.active
    readonly property string keyboardLocale: language === "zh_CN" ? "zh_CN" : "en_GB"

    implicitHeight: panelLoader.height

    // The panel was created while the field already had focus. The keyboard
    // learns of focus only when it changes, so the field must take it again.
    signal needsFocusAgain()

    Component.onCompleted: {
        // Set before the panel scans its layouts: ours, not the stock ones.
        VirtualKeyboardSettings.layoutPath = "qrc:/BranchSuite/Ui/keyboard"
        VirtualKeyboardSettings.activeLocales = ["en_GB", "zh_CN"]
        VirtualKeyboardSettings.defaultInputMethodDisabled = true
        // A fixed candidate bar: the keys do not move when words are offered.
        VirtualKeyboardSettings.wordCandidateList.alwaysVisible = true
        VirtualKeyboardSettings.locale = keyboardLocale
        panelLoader.active = true
    }

    // Assigned, not bound: the settings are a singleton that outlives this page.
    onKeyboardLocaleChanged: VirtualKeyboardSettings.locale = keyboardLocale

    Loader {
        id: panelLoader
        // Only the width is given: the panel's height follows from it.
        width: root.width
        active: false
        onLoaded: {
            // Two languages: one tap on the language key switches, no popup list.
            const style = item.keyboard.style
            if (style)
                style.languagePopupListEnabled = false
            if (root.wanted)
                root.needsFocusAgain()
        }
        sourceComponent: InputPanel {
            objectName: "searchKeyboard"
            width: root.width
            visible: root.shown
        }
    }
}
