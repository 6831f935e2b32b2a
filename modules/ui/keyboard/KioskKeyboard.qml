import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The kiosk's on-screen keyboard: a touch counter has no other. Letters
// (pinyin or English) with a row of digits; a number pad for digits-only
// fields, one with "." and "-" for amounts and dates, and one with "X" for
// resident ID numbers, chosen by the field's inputMethodHints. The field
// decides (FieldListModel, in C++); this only follows:
//   - Latin only or Latin preferred: it starts in English, else in `language`;
//   - every new field starts afresh, so the last field's language does not
//     carry over;
//   - in care mode the keys are at least 96 px and the pinyin candidates 32 px.
// Nothing typed is learnt: no predictive dictionary, no user dictionary.
Item {
    id: root

    // The language a field starts in when its hints do not ask for Latin.
    property string language
    // The InputPanel's objectName, which tests and automation look for.
    property string name: "kioskKeyboard"
    // Shown only while the field it serves has focus.
    property bool wanted: false
    // The field being served (it has focus), or null.
    property var field: null
    // The keyboard's height follows its width; a cap on the height narrows
    // it (centred), so a landscape screen keeps room for the form. 0: none.
    property real maxHeight: 0
    property bool care: false
    // Width over height of Qt's default keyboard style with the candidate bar.
    readonly property real aspect: 2.9
    // Care mode: the style's scale (letters 60 x scale, candidates 44 x scale,
    // so candidates >= 32 px) and rows of 100 px (five of them), whatever
    // the screen's width, up to 1600 px wide.
    readonly property real careScale: 0.74
    readonly property real careRowHeight: 97
    readonly property real careKeysHeight: 5 * careRowHeight + 12
    readonly property real panelWidth: care ? Math.min(width, 1600)
                                            : maxHeight > 0 ? Math.min(width, maxHeight * aspect) : width
    // The InputPanel, once created.
    readonly property var panel: panelLoader.item
    readonly property bool shown: wanted && panel !== null && panel.active
    readonly property int hints: field ? field.inputMethodHints : 0
    readonly property string keyboardLocale: (hints & (Qt.ImhLatinOnly | Qt.ImhPreferLatin)) !== 0 ? "en_GB"
                                             : language === "zh_CN" ? "zh_CN" : "en_GB"

    implicitHeight: panelLoader.height

    // The panel was created while the field already had focus. The keyboard
    // learns of focus only when it changes, so the field must take it again.
    signal needsFocusAgain()

    // A new field starts in its own language, whatever the last one was
    // switched to. Settings.locale alone would not do: setting the value it
    // already has changes nothing, so the keyboard's own index is set too.
    function startField() {
        VirtualKeyboardSettings.locale = root.keyboardLocale
        if (!root.panel || !root.field)
            return
        const keyboard = root.panel.keyboard
        const index = keyboard.findLocale(root.keyboardLocale, -1)
        if (index >= 0 && keyboard.localeIndex !== index)
            keyboard.localeIndex = index
    }

    // The default style's sizes for normal mode; bigger keys and type for care mode.
    function applySize() {
        const style = root.panel ? root.panel.keyboard.style : null
        if (!style)
            return
        style.keyboardDesignWidth = root.care ? root.panelWidth / root.careScale : 2560
        style.keyboardDesignHeight = root.care ? root.careKeysHeight / root.careScale : 800
        // The candidate bar as tall as its words need (the style gives 85 for 44
        // px words), so the question keeps the room; the default in normal mode.
        if (root.care)
            style.selectionListHeight = Math.round(56 * root.careScale)
        else
            style.selectionListHeight = Qt.binding(function() { return 85 * style.scaleHint })
    }

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

    onFieldChanged: startField()
    onKeyboardLocaleChanged: startField()
    onCareChanged: applySize()
    onPanelWidthChanged: applySize()

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
            root.applySize()
            root.startField()
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
