-- Version 11: a request above its service's authorization limit (issue 13
-- section 4) carries the supervisor's authorization as core signed it:
-- compact JSON (docs/authorization.md), sent with the transaction and checked
-- again by core. It names staff and the visit, never the customer.
ALTER TABLE submissions ADD COLUMN authorization TEXT
    CHECK (authorization IS NULL OR json_valid(authorization));
