-- Read model: one row per year a plan is known for, built only from rus.planning.v1.
CREATE TABLE report_year (
    year            integer PRIMARY KEY,
    plan_title      text        NOT NULL,
    events_applied  integer     NOT NULL,
    updated_at      timestamptz NOT NULL
);
