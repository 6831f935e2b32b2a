-- Version 5: what core answered for each outbox entry (issue 4, sync).
-- Kept beside the state so staff can see why an entry was rejected, and so an
-- acknowledged entry names core's booking. last_error stays for the latest
-- transient failure (timeout, 5xx) while an entry is still pending.
ALTER TABLE outbox ADD COLUMN core_ref TEXT;
ALTER TABLE outbox ADD COLUMN applied_at TEXT;
ALTER TABLE outbox ADD COLUMN reject_reason TEXT;
ALTER TABLE outbox ADD COLUMN reject_message TEXT;

-- Staff listing of rejected entries, newest first.
CREATE INDEX outbox_by_state_id ON outbox (state, id);
