-- A service's first migration; it builds on a platform table, as planning's indexes do.
CREATE TABLE first (id integer PRIMARY KEY);
CREATE INDEX outbox_event_by_topic ON outbox_event (topic);
