import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The kiosk's on-screen keyboard: a touch counter has no other. Letters
// (English, or pinyin after the language key; it opens in the kiosk's
// language) with a row of digits; a number pad for digits-only fields, one
// with "." and "-" for amounts and dates, and one with "X" for resident ID
// numbers, chosen by the field's inputMethodHints. Nothing typed is learnt:
// no predictive dictionary, no user dictionary.
Item {
    id: root

    property string language
    // The InputPanel's objectName, which tests and automation look for.
    property string name: "kioskKeyboard"
    // Shown only while the field it serves has focus.
    property bool wanted: false
    // The keyboard's height follows its width; a cap on the height narrows
    // it (centred), so a landscape screen keeps room for the form. 0: none.
    property real maxHeight: 0
    // Width over height of Qt's default keyboard style with the candidate bar.
    readonly property real aspect: 2.9
    readonly property real panelWidth: maxHeight > 0 ? Math.min(width, maxHeight * aspect) : width
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
        VirtualKeyboardSettings.layoutPath = "qrc:/BranchSuite/Keyboard/layouts"
        VirtualKeyboardSettings.activeLocales = ["en_GB", "zh_CN"]
        VirtualKeyboardSettings.defaultInputMethodDisabled = true
        // A fixed candidate bar: the keys do not move when words are offered.
        // (Its settings type is not exposed to tooling in Qt 6.4, hence the lookup by name.)
        const candidates = VirtualKeyboardSettings["wordCandidateList"]
        candidates.alwaysVisible = true
        VirtualKeyboardSettings.locale = keyboardLocale
        panelLoader.active = true
    }

    // Assigned, not bound: the settings are a singleton that outlives this page.
    onKeyboardLocaleChanged: VirtualKeyboardSettings.locale = keyboardLocale

    Loader {
        id: panelLoader
        // Only the width is given: the panel's height follows from it.
        width: root.panelWidth
        x: (root.width - root.panelWidth) / 2
        active: false
        onLoaded: {
            // Two languages: one tap on the language key switches, no popup list.
            const style = item.keyboard.style
            if (style)
                style.languagePopupListEnabled = false
            if (root.wanted)
                root.needsFocusAgain()
        }
        // Qt 6.4's qmllint cannot see this file's ids from inside an inline
        // component (6.5's "pragma ComponentBehavior: Bound" can); they
        // resolve at run time.
        // qmllint disable unqualified
        sourceComponent: InputPanel {
            objectName: root.name
            width: root.panelWidth
            visible: root.shown
        }
        // qmllint enable unqualified
    }
}
