-- Version 8: card payments at the kiosk (issue 11). See docs/payment.md.

-- Each payment's intent is written here, with its idempotency key, BEFORE
-- the kiosk asks core, and committed with synchronous=FULL. A payment that
-- is pending or unknown after a crash is resolved by asking core for this
-- key, never by sending it again under a new one. No card number and no PIN
-- block: the masked number for the receipt only.
CREATE TABLE payments (
    payment_key    TEXT PRIMARY KEY CHECK (length(payment_key) = 32),
    reference      TEXT NOT NULL,
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    currency       TEXT NOT NULL,
    masked_pan     TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('pending', 'authorised', 'declined', 'unknown')),
    reason         TEXT,
    authorisation  TEXT,
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL
);

CREATE INDEX payments_open ON payments (state) WHERE state IN ('pending', 'unknown');
