-- First responses of POSTs sent with an Idempotency-Key, so a retry gets the same answer instead of a duplicate.
-- The platform is taking this table over (db/platform V0_2, same shape); IF NOT EXISTS lets either create it.
CREATE TABLE IF NOT EXISTS idempotent_request (
    subject         text        NOT NULL,
    operation       text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    status          integer,
    location        text,
    etag            text,
    body            text,
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (subject, operation, idempotency_key)
);
