-- The foundation's single-row-per-year read model is replaced by one projection table per
-- kind of upstream state. Rows are keyed by the upstream entity id and hold its full last state,
-- so any event can be applied in any order and joined only when the report is assembled.
DROP TABLE report_year;

CREATE TABLE proj_plan (
    id            uuid PRIMARY KEY,
    year          integer NOT NULL,
    title         text,
    vision        text,
    period_start  integer,
    period_end    integer,
    status        text
);
CREATE INDEX proj_plan_year ON proj_plan (year);

CREATE TABLE proj_area (
    id             uuid PRIMARY KEY,
    plan_id        uuid,
    year           integer NOT NULL,
    position       integer NOT NULL,
    name           text    NOT NULL,
    resource_note  text
);
CREATE INDEX proj_area_year ON proj_area (year);

CREATE TABLE proj_activity (
    id                  uuid PRIMARY KEY,
    plan_id             uuid,
    year                integer NOT NULL,
    area_id             uuid,
    area_name           text,
    position            integer NOT NULL,
    title               text    NOT NULL,
    description         text    NOT NULL,
    planned_days        numeric(9,2) NOT NULL,
    extra_days          numeric(9,2),
    extra_effort_note   text,
    prioritised         boolean NOT NULL,
    development_effort  text    NOT NULL,
    responsible         text    NOT NULL
);
CREATE INDEX proj_activity_year ON proj_activity (year);

CREATE TABLE proj_goal (
    id            uuid PRIMARY KEY,
    period_start  integer NOT NULL,
    period_end    integer NOT NULL,
    area_name     text    NOT NULL,
    position      integer NOT NULL,
    text          text    NOT NULL
);
CREATE INDEX proj_goal_period_end ON proj_goal (period_end);

-- one outcome per activity: a later event for the same activity replaces the earlier state
CREATE TABLE proj_outcome (
    activity_id  uuid PRIMARY KEY,
    id           uuid    NOT NULL,
    year         integer NOT NULL,
    status       text    NOT NULL,
    narrative    text    NOT NULL,
    days_spent   numeric(9,2)
);
CREATE INDEX proj_outcome_year ON proj_outcome (year);

CREATE TABLE proj_area_note (
    area_id    uuid PRIMARY KEY,
    year       integer NOT NULL,
    area_name  text,
    note       text    NOT NULL
);
CREATE INDEX proj_area_note_year ON proj_area_note (year);

CREATE TABLE proj_valuation (
    goal_id                uuid PRIMARY KEY,
    id                     uuid    NOT NULL,
    period_start           integer NOT NULL,
    period_end             integer NOT NULL,
    valuation              integer NOT NULL,
    previous_valuation     integer,
    previous_goal_existed  boolean NOT NULL,
    follow_up              text    NOT NULL
);
CREATE INDEX proj_valuation_period_end ON proj_valuation (period_end);

CREATE TABLE proj_financial_year (
    year                integer PRIMARY KEY,
    id                  uuid,
    appropriation_name  text,
    appropriation       numeric(15,2),
    key_distributed     numeric(15,2),
    status              text
);

CREATE TABLE proj_budget_post (
    id        uuid PRIMARY KEY,
    year      integer       NOT NULL,
    position  integer       NOT NULL,
    name      text          NOT NULL,
    budget    numeric(15,2) NOT NULL,
    comment   text          NOT NULL
);
CREATE INDEX proj_budget_post_year ON proj_budget_post (year);

CREATE TABLE proj_ledger_entry (
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL,
    post_id      uuid,
    post_name    text,
    entry_date   date,
    amount       numeric(15,2) NOT NULL,
    text         text,
    counterpart  text,
    activity_id  uuid,
    category     text
);
CREATE INDEX proj_ledger_entry_year ON proj_ledger_entry (year);

CREATE TABLE proj_co_financing (
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL,
    source       text          NOT NULL,
    amount       numeric(15,2) NOT NULL,
    description  text
);
CREATE INDEX proj_co_financing_year ON proj_co_financing (year);

CREATE TABLE proj_outside_funds (
    id           uuid PRIMARY KEY,
    year         integer       NOT NULL,
    source       text          NOT NULL,
    amount       numeric(15,2) NOT NULL,
    description  text
);
CREATE INDEX proj_outside_funds_year ON proj_outside_funds (year);

CREATE TABLE proj_deficit_coverage (
    year         integer NOT NULL,
    position     integer NOT NULL,
    covered_by   text    NOT NULL,
    description  text,
    PRIMARY KEY (year, position)
);

-- Editorial texts of a year's report, owned here (not projected).
CREATE TABLE report_draft (
    year                integer PRIMARY KEY,
    title               text   NOT NULL,
    approval_line       text,
    introduction        text   NOT NULL,
    main_activities     text   NOT NULL,
    highlights          text   NOT NULL,
    closing_assessment  text   NOT NULL,
    version             bigint NOT NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          text   NOT NULL
);

-- Lifecycle of a year's report: DRAFT follows the events, APPROVED points at a frozen version.
CREATE TABLE report_lifecycle (
    year            integer PRIMARY KEY,
    status          text    NOT NULL,
    latest_version  integer NOT NULL
);

CREATE TABLE report_version (
    year             integer NOT NULL,
    number           integer NOT NULL,
    approved_at      date    NOT NULL,
    approved_by      text    NOT NULL,
    frozen_at        timestamptz NOT NULL,
    override_reason  text,
    content_hash     text    NOT NULL,
    content_json     text    NOT NULL,
    markdown         text    NOT NULL,
    html             text    NOT NULL,
    pdf              bytea   NOT NULL,
    PRIMARY KEY (year, number)
);

CREATE TABLE report_reopening (
    id              uuid PRIMARY KEY,
    year            integer NOT NULL,
    after_version   integer NOT NULL,
    reason          text    NOT NULL,
    reopened_at     timestamptz NOT NULL,
    reopened_by     text    NOT NULL
);
