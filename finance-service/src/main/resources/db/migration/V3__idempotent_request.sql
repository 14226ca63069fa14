-- The first response to a POST with an Idempotency-Key, replayed when a client retries it.
CREATE TABLE idempotent_request (
    actor            text        NOT NULL,
    operation        text        NOT NULL,
    idempotency_key  text        NOT NULL,
    request_hash     text        NOT NULL,
    status           integer     NOT NULL,
    location         text,
    etag             text,
    body             text        NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (actor, operation, idempotency_key)
);
