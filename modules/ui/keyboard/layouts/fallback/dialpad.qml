import ".."

// Resident ID numbers: 17 digits and a check character that may be X. The
// field asks for the dial pad (Qt has no hint of its own for this), and gets
// the digits with an X key.
NumberPad {
    extraKeys: "X"
}
