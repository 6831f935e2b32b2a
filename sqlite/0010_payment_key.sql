-- Version 10: a request paid at the kiosk (issue 11) names its card payment
-- by the payment's idempotency key (32 lower-case hex), so core applies the
-- request only with an authorised payment of the same amount from the same
-- kiosk, and never applies one payment to two requests. The key is random and
-- names no one; the masked card and the authorisation stay in `payments`.
ALTER TABLE submissions ADD COLUMN payment_key TEXT
    CHECK (payment_key IS NULL OR (length(payment_key) = 32 AND payment_key NOT GLOB '*[^0-9a-f]*'));
