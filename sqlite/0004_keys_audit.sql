-- Version 4: data keys for field-level encryption at rest, and the audit log.

-- One row per data key (DEK) generation. The key itself is stored only
-- wrapped (AEAD) by a key-encryption key (KEK) that lives in the system
-- keychain, never in this file. Sealed values start with 0x01 and the key id
-- as 4 big-endian bytes, so every value names the key that can open it.
-- A retired key has had every value re-sealed under a newer one; its wrapped
-- bytes are then destroyed, so copies of old ciphertext (backups, free pages)
-- can no longer be opened. AUTOINCREMENT: a key id is never reused.
CREATE TABLE data_keys (
    key_id      INTEGER PRIMARY KEY AUTOINCREMENT CHECK (key_id BETWEEN 1 AND 4294967295),
    kek_id      INTEGER NOT NULL CHECK (kek_id BETWEEN 1 AND 4294967295),
    wrapped     BLOB,
    state       TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'retiring', 'retired')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    retired_at  TEXT,
    CHECK ((state = 'retired') = (wrapped IS NULL))
);

-- New values are sealed under exactly one key at a time.
CREATE UNIQUE INDEX data_keys_one_active ON data_keys (state) WHERE state = 'active';

-- A process still holding a retired key (e.g. a kiosk left running during a
-- rotation) must not write values nobody can open any more.
CREATE TRIGGER submissions_sealed_insert_live_key
BEFORE INSERT ON submissions
WHEN NEW.payload_codec = 'sealed-v1' AND (
    NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.payload, 1, 5)) = printf('01%08X', key_id))
    OR (NEW.signature_png IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_png, 1, 5)) = printf('01%08X', key_id)))
    OR (NEW.signature_strokes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_strokes, 1, 5)) = printf('01%08X', key_id))))
BEGIN
    SELECT RAISE(ABORT, 'sealed with a retired or unknown data key');
END;

CREATE TRIGGER submissions_sealed_update_live_key
BEFORE UPDATE OF payload_codec, payload, signature_png, signature_strokes ON submissions
WHEN NEW.payload_codec = 'sealed-v1' AND (
    NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.payload, 1, 5)) = printf('01%08X', key_id))
    OR (NEW.signature_png IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_png, 1, 5)) = printf('01%08X', key_id)))
    OR (NEW.signature_strokes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_strokes, 1, 5)) = printf('01%08X', key_id))))
BEGIN
    SELECT RAISE(ABORT, 'sealed with a retired or unknown data key');
END;

-- Append-only, hash-chained record of what happened at this kiosk. hash is
-- SHA-256 over prev_hash and the row's other fields (see AuditLog), so an
-- edited, removed or reordered row breaks the chain at that row. details is
-- compact JSON and never holds personal data.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('submission', 'sync_outcome', 'staff_action',
                                              'authorization', 'key_rotation')),
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    subject     TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);

CREATE TRIGGER audit_log_no_update
BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete
BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
