pragma Singleton
import QtQuick

// Sizes and colours for normal and care mode. Main.qml binds `care`; every
// page reads from here, so care mode is one switch and one place to audit.
QtObject {
    property bool care: false

    // Care mode: fonts at least 1.4x, touch targets at least 72 px, and a
    // black-on-white palette with thicker outlines for low vision.
    readonly property real fontScale: care ? 1.5 : 1.0
    readonly property int fontSmall: Math.round(18 * fontScale)
    readonly property int fontBody: Math.round(22 * fontScale)
    readonly property int fontTile: Math.round(24 * fontScale)
    readonly property int fontTitle: Math.round(32 * fontScale)
    readonly property int touchTarget: care ? 88 : 60
    readonly property int tileHeight: care ? 208 : 156
    readonly property int badgeSize: care ? 64 : 52
    readonly property int topBarHeight: care ? 112 : 88
    readonly property int spacing: care ? 20 : 16
    readonly property int margin: care ? 28 : 32
    readonly property int radius: 14
    readonly property int borderWidth: care ? 3 : 1
    readonly property int columns: care ? 3 : 4
    readonly property int sidePanelWidth: care ? 340 : 320

    readonly property color background: care ? "#FFFFFF" : "#F1F3F6"
    readonly property color surface: "#FFFFFF"
    readonly property color surfacePressed: care ? "#E0E0E0" : "#E8ECF1"
    readonly property color text: care ? "#000000" : "#1F2933"
    readonly property color textMuted: care ? "#000000" : "#52606D"
    readonly property color border: care ? "#000000" : "#D5DBE3"
    readonly property color primary: care ? "#7F0000" : "#B71C1C"
    readonly property color primaryPressed: care ? "#4A0000" : "#8E1414"
    readonly property color textOnPrimary: "#FFFFFF"
    // A switched-on toggle: amber reads as "on" against both white and red.
    readonly property color checked: "#FFC400"
    readonly property color textOnChecked: "#000000"
    readonly property color bannerBackground: care ? "#FFF176" : "#FFF4D6"
    readonly property color bannerBorder: care ? "#000000" : "#E8C26A"
    readonly property color scrim: "#B3000000"

    readonly property string fontFamily: "Noto Sans CJK SC"
}
