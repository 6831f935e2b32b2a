-- Version 2: entries are ordered per session by an explicit sequence number,
-- so the shell can replay a session in the order the customer entered it even
-- if ids are ever reused across sessions.

ALTER TABLE session_journal ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;

-- Number the entries written by version 1 in id order within each session.
UPDATE session_journal
SET sequence = (
    SELECT COUNT(*) FROM session_journal AS earlier
    WHERE earlier.session_id = session_journal.session_id
      AND earlier.id <= session_journal.id
);

CREATE UNIQUE INDEX session_journal_by_session
    ON session_journal (session_id, sequence);

-- The idle purge looks for old sessions by time.
CREATE INDEX session_journal_by_created ON session_journal (created_at);
