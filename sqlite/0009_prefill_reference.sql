-- Version 9: a submission that completes an e-Tongban prefill (issue 12)
-- names it, so core marks the prefill used in the same write that applies
-- the transaction, once. The reference is 128 random bits in hex: no
-- personal data, and worth nothing without an enrolled kiosk's credential.
ALTER TABLE submissions ADD COLUMN prefill_reference TEXT
    CHECK (prefill_reference IS NULL OR (length(prefill_reference) = 32 AND prefill_reference NOT GLOB '*[^0-9a-f]*'));
