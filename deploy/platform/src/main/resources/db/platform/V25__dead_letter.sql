-- Records a consumer could not parse or apply. The record itself went to <topic>.dlq; this row counts it
-- durably and says whether it was forwarded (a crash between the two forwards it on redelivery).
CREATE TABLE dead_letter (
    topic           text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    event_id        uuid,
    event_type      text,
    reason          text        NOT NULL,
    dead_at         timestamptz NOT NULL,
    forwarded_at    timestamptz,
    PRIMARY KEY (topic, kafka_partition, kafka_offset)
);
