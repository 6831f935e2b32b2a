-- Version 6: sealed values bound to their place.
--
-- Sealed values now start with 0x02: the AEAD's associated data holds the
-- value's column and its row's receipt number as well as the header, so a
-- value copied into another row or column no longer opens. Values sealed
-- before (0x01) still open and key rotation re-seals them as 0x02. The
-- live-key triggers of version 4 accept both versions; what they guard, a
-- value sealed under a retired or unknown key, is unchanged.
DROP TRIGGER submissions_sealed_insert_live_key;
DROP TRIGGER submissions_sealed_update_live_key;

CREATE TRIGGER submissions_sealed_insert_live_key
BEFORE INSERT ON submissions
WHEN NEW.payload_codec = 'sealed-v1' AND (
    NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.payload, 1, 1)) IN ('01', '02')
                AND hex(substr(NEW.payload, 2, 4)) = printf('%08X', key_id))
    OR (NEW.signature_png IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_png, 1, 1)) IN ('01', '02')
                AND hex(substr(NEW.signature_png, 2, 4)) = printf('%08X', key_id)))
    OR (NEW.signature_strokes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_strokes, 1, 1)) IN ('01', '02')
                AND hex(substr(NEW.signature_strokes, 2, 4)) = printf('%08X', key_id))))
BEGIN
    SELECT RAISE(ABORT, 'sealed with a retired or unknown data key');
END;

CREATE TRIGGER submissions_sealed_update_live_key
BEFORE UPDATE OF payload_codec, payload, signature_png, signature_strokes ON submissions
WHEN NEW.payload_codec = 'sealed-v1' AND (
    NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.payload, 1, 1)) IN ('01', '02')
                AND hex(substr(NEW.payload, 2, 4)) = printf('%08X', key_id))
    OR (NEW.signature_png IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_png, 1, 1)) IN ('01', '02')
                AND hex(substr(NEW.signature_png, 2, 4)) = printf('%08X', key_id)))
    OR (NEW.signature_strokes IS NOT NULL AND NOT EXISTS (SELECT 1 FROM data_keys WHERE state <> 'retired'
                AND hex(substr(NEW.signature_strokes, 1, 1)) IN ('01', '02')
                AND hex(substr(NEW.signature_strokes, 2, 4)) = printf('%08X', key_id))))
BEGIN
    SELECT RAISE(ABORT, 'sealed with a retired or unknown data key');
END;
