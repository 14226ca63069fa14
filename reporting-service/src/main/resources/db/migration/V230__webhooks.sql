-- Webhook subscriptions (Standard Webhooks 1.0), their deliveries and every attempt (issue 23).
CREATE TABLE webhook_subscription (
    id                    uuid PRIMARY KEY,
    -- who owns it: the role it was created with, and the county of a county token
    audience              text        NOT NULL,
    county_code           text,
    url                   text        NOT NULL,
    description           text,
    event_types           text[]      NOT NULL,
    enabled               boolean     NOT NULL,
    disabled_reason       text,
    secret                text        NOT NULL,
    -- after a rotation the old secret signs too until previous_secret_until
    previous_secret       text,
    previous_secret_until timestamptz,
    -- first failed attempt since the last success; failing for 3 days disables the subscription
    failing_since         timestamptz,
    created_at            timestamptz NOT NULL,
    created_by            text        NOT NULL
);

-- One message to one subscription. Written in the transaction that applied the event; sent by one worker per
-- service, oldest first per subscription; its id is the webhook-id header on every attempt.
CREATE TABLE webhook_delivery (
    id               uuid PRIMARY KEY,
    seq              bigserial   NOT NULL UNIQUE,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription ON DELETE CASCADE,
    event_type       text        NOT NULL,
    body             text        NOT NULL,
    state            text        NOT NULL,
    attempts         int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    first_attempt_at timestamptz,
    next_attempt_at  timestamptz NOT NULL,
    delivered_at     timestamptz,
    last_error       text
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, seq) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, seq DESC);

CREATE TABLE webhook_attempt (
    id           bigserial PRIMARY KEY,
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery ON DELETE CASCADE,
    attempt      int         NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  int,
    latency_ms   bigint      NOT NULL,
    error        text
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempt);
