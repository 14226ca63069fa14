CREATE TABLE activity_outcome (
    id          uuid PRIMARY KEY,
    year        integer     NOT NULL,
    activity_id uuid        NOT NULL UNIQUE,
    status      text        NOT NULL CHECK (status IN ('DONE_AS_PLANNED', 'PARTLY_DONE', 'NOT_DONE', 'CANCELLED')),
    narrative   text        NOT NULL,
    days_spent  numeric(9, 2) CHECK (days_spent >= 0),
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    created_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  text        NOT NULL
);
CREATE INDEX activity_outcome_year ON activity_outcome (year, status);

CREATE TABLE area_follow_up (
    id         uuid PRIMARY KEY,
    year       integer     NOT NULL,
    area_id    uuid        NOT NULL UNIQUE,
    note       text        NOT NULL,
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL
);
CREATE INDEX area_follow_up_year ON area_follow_up (year);
