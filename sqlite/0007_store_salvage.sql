-- Version 7: a store that never hides damage (issue 10). See docs/store-recovery.md.

-- The receipt-number epoch this database issues numbers in. Epochs are
-- counted outside the database (the "<database>.receipt-epochs" file beside
-- it), so a database started after a quarantine, a deletion or a restore
-- never numbers where a lost one stood. block is the first digit of the
-- six-digit daily sequence: numbers of epoch e run block*100000 + 1 upwards.
-- No row: no epoch could be claimed, and no number is issued.
CREATE TABLE receipt_epoch (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    epoch       INTEGER NOT NULL CHECK (epoch >= 0),
    block       INTEGER NOT NULL CHECK (block BETWEEN 0 AND 9),
    claimed_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- A database that already issued numbers goes on where it stands: epoch 0,
-- block 0, the numbers it gave before this version.
INSERT INTO receipt_epoch (id, epoch, block)
SELECT 1, 0, 0
WHERE EXISTS (SELECT 1 FROM receipt_sequence) OR EXISTS (SELECT 1 FROM submissions);

-- Which epoch wrote a day's last value. A row of another epoch (salvaged from
-- a quarantined file) is not continued: the day starts again in the new block.
ALTER TABLE receipt_sequence ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0;

-- What a salvage after a quarantine saved and lost, for staff and the audit
-- log. damage is quick_check's first lines: page and table names, no values.
CREATE TABLE store_salvage (
    id              INTEGER PRIMARY KEY,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    quarantine_path TEXT NOT NULL CHECK (length(quarantine_path) > 0),
    method          TEXT NOT NULL CHECK (method IN ('row_scan')),
    outcome         TEXT NOT NULL CHECK (outcome IN ('complete', 'partial', 'failed')),
    damage          TEXT NOT NULL,
    receipt_epoch   INTEGER,
    receipt_block   INTEGER CHECK (receipt_block IS NULL OR receipt_block BETWEEN 0 AND 9),
    audited         INTEGER NOT NULL DEFAULT 0 CHECK (audited IN (0, 1))
);

-- Counts by kind of record: outbox entries by state, data keys, enrolment, ...
CREATE TABLE store_salvage_item (
    salvage_id  INTEGER NOT NULL REFERENCES store_salvage (id),
    kind        TEXT NOT NULL CHECK (length(kind) > 0),
    saved       INTEGER NOT NULL CHECK (saved >= 0),
    lost        INTEGER NOT NULL CHECK (lost >= 0),
    PRIMARY KEY (salvage_id, kind)
) WITHOUT ROWID;

-- Receipt numbers a customer holds whose request could not be saved: staff
-- follow each one up.
CREATE TABLE store_salvage_receipt (
    salvage_id  INTEGER NOT NULL REFERENCES store_salvage (id),
    receipt_no  TEXT NOT NULL,
    PRIMARY KEY (salvage_id, receipt_no)
) WITHOUT ROWID;

-- The audit log learns the kind 'store_salvage'. SQLite cannot change a CHECK
-- in place: the table is copied row for row (ids and hashes unchanged, so the
-- chain still verifies), its AUTOINCREMENT sequence carried over (it is what
-- shows a cut tail), and its append-only triggers made again.
CREATE TABLE audit_log_v7 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at  TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('submission', 'sync_outcome', 'staff_action',
                                              'authorization', 'key_rotation', 'store_salvage')),
    actor       TEXT NOT NULL CHECK (length(actor) > 0),
    subject     TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);

INSERT INTO audit_log_v7 (id, created_at, kind, actor, subject, details, prev_hash, hash)
SELECT id, created_at, kind, actor, subject, details, prev_hash, hash FROM audit_log ORDER BY id;

INSERT INTO sqlite_sequence (name, seq)
SELECT 'audit_log_v7', 0
WHERE EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'audit_log')
  AND NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'audit_log_v7');

UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'audit_log')
WHERE name = 'audit_log_v7';

DROP TABLE audit_log;
ALTER TABLE audit_log_v7 RENAME TO audit_log;

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
