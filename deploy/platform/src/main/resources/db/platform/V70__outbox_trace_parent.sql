-- The W3C traceparent of the request that wrote the event, so the relay sends the record inside that trace
-- and one trace spans the request and every consumer's projection update.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;
