-- Version 3: completed customer submissions and the outbox that carries each
-- one to core. A submission and its outbox entry are written in one
-- transaction, so neither ever exists without the other.

-- The daily receipt sequence per kiosk. Allocated inside the submission's own
-- transaction: a rolled-back submission gives its number back, so numbers
-- have no gaps and are never handed out twice.
CREATE TABLE receipt_sequence (
    kiosk_code  TEXT NOT NULL,
    day         TEXT NOT NULL CHECK (length(day) = 8),
    last_value  INTEGER NOT NULL CHECK (last_value BETWEEN 1 AND 999999),
    PRIMARY KEY (kiosk_code, day)
) WITHOUT ROWID;

-- payload, signature_png and signature_strokes hold personal data. They pass
-- through a payload codec named in payload_codec ('plain' until field-level
-- encryption arrives), so sealed and unsealed rows can be told apart.
CREATE TABLE submissions (
    id                  INTEGER PRIMARY KEY,
    submission_no       TEXT NOT NULL UNIQUE,
    service_id          TEXT NOT NULL CHECK (length(service_id) > 0),
    session_id          TEXT NOT NULL CHECK (length(session_id) > 0),
    created_at          TEXT NOT NULL,
    amount_fen          INTEGER,
    currency            TEXT CHECK (currency IS NULL OR length(currency) = 3),
    payload_codec       TEXT NOT NULL,
    payload             BLOB NOT NULL,
    signature_png       BLOB,
    signature_strokes   BLOB,
    status              TEXT NOT NULL DEFAULT 'submitted'
                        CHECK (status IN ('submitted', 'completed', 'cancelled')),
    CHECK ((amount_fen IS NULL) = (currency IS NULL))
);

CREATE INDEX submissions_by_session ON submissions (session_id);
CREATE INDEX submissions_by_created ON submissions (created_at);

-- One entry per submission. The idempotency key is made when the entry is
-- written and travels with every retry; core applies each key at most once.
-- ordering_key is opaque (never a raw account or ID number): entries with the
-- same key are delivered in id order.
CREATE TABLE outbox (
    id                  INTEGER PRIMARY KEY,
    submission_id       INTEGER NOT NULL UNIQUE REFERENCES submissions (id) ON DELETE RESTRICT,
    idempotency_key     TEXT NOT NULL UNIQUE CHECK (length(idempotency_key) = 32),
    ordering_key        TEXT NOT NULL CHECK (length(ordering_key) > 0),
    state               TEXT NOT NULL DEFAULT 'pending'
                        CHECK (state IN ('pending', 'sent', 'acknowledged', 'rejected')),
    attempts            INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at     TEXT NOT NULL,
    last_error          TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The relay picks due entries; per-key ordering walks one key in id order.
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_by_ordering_key ON outbox (ordering_key, id);

-- A new key on retry could make core apply a payment twice.
CREATE TRIGGER outbox_key_is_fixed
BEFORE UPDATE OF idempotency_key ON outbox
WHEN NEW.idempotency_key IS NOT OLD.idempotency_key
BEGIN
    SELECT RAISE(ABORT, 'outbox idempotency_key is fixed once written');
END;

-- Core has booked an acknowledged entry; nothing may send it again.
CREATE TRIGGER outbox_acknowledged_is_final
BEFORE UPDATE OF state ON outbox
WHEN OLD.state = 'acknowledged' AND NEW.state IS NOT 'acknowledged'
BEGIN
    SELECT RAISE(ABORT, 'outbox entry already acknowledged');
END;
