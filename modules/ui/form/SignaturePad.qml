import QtQuick
import BranchSuite.Controls
import BranchSuite.Form

// Captures strokes by finger or mouse into SignatureCapture, which keeps
// them as vectors; the canvas only draws what it holds.
Rectangle {
    id: pad

    required property SignatureCapture capture

    color: "#FFFFFF"
    radius: Theme.radius
    border.width: Theme.borderWidth + 1
    border.color: Theme.text
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Signature box: sign here with your finger")

    onWidthChanged: capture.setPadSize(width, height)
    onHeightChanged: capture.setPadSize(width, height)

    Text {
        anchors.centerIn: parent
        visible: pad.capture.strokeCount === 0
        text: qsTr("Sign here")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: "#9AA5B1"
    }

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: parent.height * 0.22
        height: 2
        color: "#9AA5B1"
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.lineWidth = 4
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            ctx.strokeStyle = "#000000"
            const strokes = pad.capture.strokes
            for (let s = 0; s < strokes.length; ++s) {
                const points = strokes[s]
                ctx.beginPath()
                ctx.moveTo(points[0].x, points[0].y)
                for (let i = 1; i < points.length; ++i)
                    ctx.lineTo(points[i].x, points[i].y)
                ctx.stroke()
            }
        }
    }

    Connections {
        target: pad.capture
        function onChanged() { canvas.requestPaint() }
    }

    MouseArea {
        objectName: "signatureArea"
        anchors.fill: parent
        preventStealing: true
        onPressed: mouse => pad.capture.beginStroke(mouse.x, mouse.y)
        onPositionChanged: mouse => pad.capture.addPoint(mouse.x, mouse.y)
    }
}
