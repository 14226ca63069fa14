-- The contents of a plan: ordered areas and their ordered activities.
CREATE TABLE area (
    id            uuid PRIMARY KEY,
    plan_id       uuid    NOT NULL REFERENCES plan (id),
    position      integer NOT NULL CHECK (position >= 1),
    name          text    NOT NULL,
    resource_note text,
    version       bigint  NOT NULL,
    UNIQUE (plan_id, name)
);
CREATE INDEX area_plan ON area (plan_id, position);

CREATE TABLE activity (
    id                 uuid PRIMARY KEY,
    area_id            uuid         NOT NULL REFERENCES area (id),
    position           integer      NOT NULL CHECK (position >= 1),
    title              text         NOT NULL,
    description        text         NOT NULL,
    planned_days       numeric(7,2) NOT NULL CHECK (planned_days >= 0),
    extra_days         numeric(7,2) CHECK (extra_days >= 0),
    extra_effort_note  text,
    prioritised        boolean      NOT NULL,
    development_effort text         NOT NULL CHECK (development_effort IN ('NONE', 'PARTIAL', 'FULL')),
    responsible        text         NOT NULL,
    version            bigint       NOT NULL,
    UNIQUE (area_id, title)
);
CREATE INDEX activity_area ON activity (area_id, position);

-- Three-year goals belong to a period (2022–2024), not to one plan; the area is named, as plans of
-- different years have their own area rows.
CREATE TABLE goal (
    id           uuid PRIMARY KEY,
    period_start integer NOT NULL,
    period_end   integer NOT NULL,
    area_name    text    NOT NULL,
    position     integer NOT NULL CHECK (position >= 1),
    text         text    NOT NULL,
    version      bigint  NOT NULL,
    CHECK (period_start <= period_end),
    UNIQUE (period_start, period_end, area_name, text)
);

-- The steering and working group of a year; position keeps the order they are listed in.
CREATE TABLE member (
    id           uuid PRIMARY KEY,
    year         integer NOT NULL,
    member_group text    NOT NULL CHECK (member_group IN ('STEERING', 'WORKING')),
    position     integer NOT NULL,
    name         text    NOT NULL,
    organisation text,
    role         text,
    joined_on    date,
    left_on      date,
    replaced_by  text,
    version      bigint  NOT NULL,
    UNIQUE (year, member_group, name),
    CHECK (left_on IS NULL OR joined_on IS NULL OR joined_on <= left_on)
);

-- The plan history reads the outbox by year.
CREATE INDEX outbox_event_history ON outbox_event (topic, message_key, seq);
