-- This service's own copy of the plans, areas, activities and goals it learns from rus.planning.v1.
-- No foreign keys between them: events of different entities may arrive in any order.
CREATE TABLE replica_plan (
    id           uuid PRIMARY KEY,
    year         integer     NOT NULL,
    title        text,
    period_start integer,
    period_end   integer,
    status       text,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX replica_plan_year ON replica_plan (year);

CREATE TABLE replica_area (
    id            uuid PRIMARY KEY,
    plan_id       uuid,
    year          integer     NOT NULL,
    position      integer,
    name          text        NOT NULL,
    resource_note text,
    removed       boolean     NOT NULL DEFAULT false,
    updated_at    timestamptz NOT NULL
);
CREATE INDEX replica_area_year ON replica_area (year);

CREATE TABLE replica_activity (
    id           uuid PRIMARY KEY,
    plan_id      uuid,
    year         integer     NOT NULL,
    area_id      uuid,
    area_name    text,
    position     integer,
    title        text        NOT NULL,
    planned_days numeric(9, 2),
    prioritised  boolean     NOT NULL DEFAULT false,
    removed      boolean     NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX replica_activity_year ON replica_activity (year, area_id);

CREATE TABLE replica_goal (
    id           uuid PRIMARY KEY,
    period_start integer     NOT NULL,
    period_end   integer     NOT NULL,
    area_name    text,
    position     integer,
    text         text        NOT NULL,
    removed      boolean     NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX replica_goal_period ON replica_goal (period_start, period_end);
