import ".."

// Amounts in yuan (120.50) and dates (2025-03-01).
NumberPad {
    extraKeys: ".-"
}
