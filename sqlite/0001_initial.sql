-- BranchSuite local store, version 1.
-- Times are UTC ISO 8601 text with milliseconds, written by SQLite itself so
-- that every row uses the same clock and format.

-- One row per applied migration. The checksum lets the app notice a migration
-- file that was edited after it had already run on this database.
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    checksum    TEXT NOT NULL
);

CREATE TABLE kiosk_settings (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- What a customer has entered so far, so that a crash of the kiosk shell loses
-- nothing. Payloads are opaque to the store and never logged.
CREATE TABLE session_journal (
    id          INTEGER PRIMARY KEY,
    session_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    payload     BLOB
);
