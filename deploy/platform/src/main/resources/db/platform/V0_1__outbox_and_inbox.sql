-- Transactional outbox: written with each state change, relayed to Kafka by OutboxRelay.
CREATE TABLE outbox_event (
    seq          bigint GENERATED ALWAYS AS IDENTITY,
    id           uuid PRIMARY KEY,
    topic        text        NOT NULL,
    message_key  text        NOT NULL,
    type         text        NOT NULL,
    subject      text,
    envelope     text        NOT NULL,
    created_at   timestamptz NOT NULL,
    published_at timestamptz
);
CREATE UNIQUE INDEX outbox_event_seq ON outbox_event (seq);
CREATE INDEX outbox_event_pending ON outbox_event (seq) WHERE published_at IS NULL;

-- Idempotent consumers: one row per event a consumer has applied, written in its transaction.
CREATE TABLE processed_event (
    event_id     uuid        NOT NULL,
    consumer     text        NOT NULL,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, consumer)
);
