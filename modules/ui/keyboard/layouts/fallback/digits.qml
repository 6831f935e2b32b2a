import ".."

// Card, mobile and plain numbers: digits only.
NumberPad {}
