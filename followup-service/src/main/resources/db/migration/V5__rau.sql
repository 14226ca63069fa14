-- Which objectives a county follows up. The working group edits it; the seed restricts
-- Storslagen fjällmiljö to the mountain counties and Hav i balans to the coastal ones.
CREATE TABLE objective_applicability (
    objective_code text    NOT NULL REFERENCES objective (code),
    county_code    char(2) NOT NULL REFERENCES county (code),
    PRIMARY KEY (objective_code, county_code)
);
INSERT INTO objective_applicability (objective_code, county_code)
SELECT o.code, c.code FROM objective o CROSS JOIN county c
WHERE NOT (o.code = 'STORSLAGEN_FJALLMILJO' AND c.code NOT IN ('17', '20', '23', '24', '25'))
  AND NOT (o.code = 'HAV_I_BALANS' AND c.code IN ('06', '07', '17', '18', '19', '20', '23'));

ALTER TABLE objective ADD COLUMN applicability_version bigint NOT NULL DEFAULT 0;

CREATE TABLE rau_round (
    id              uuid PRIMARY KEY,
    year            integer     NOT NULL UNIQUE,
    instructions    text        NOT NULL,
    deadline        date        NOT NULL,
    objective_codes text        NOT NULL,
    county_codes    text        NOT NULL,
    version         bigint      NOT NULL,
    opened_at       timestamptz NOT NULL,
    opened_by       text        NOT NULL
);

CREATE TABLE rau_submission (
    id               uuid PRIMARY KEY,
    year             integer     NOT NULL,
    county_code      char(2)     NOT NULL REFERENCES county (code),
    objective_code   text        NOT NULL REFERENCES objective (code),
    assessment       text CHECK (assessment IN ('YES', 'CLOSE', 'NO')),
    trend            text CHECK (trend IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE', 'UNCLEAR')),
    summary          text,
    measures         text,
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    reviewer_comment text,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    UNIQUE (year, county_code, objective_code)
);
CREATE INDEX rau_submission_year ON rau_submission (year, objective_code, status);

CREATE TABLE rau_status_change (
    id            uuid PRIMARY KEY,
    submission_id uuid        NOT NULL REFERENCES rau_submission (id),
    from_status   text,
    to_status     text        NOT NULL,
    comment       text,
    actor         text        NOT NULL,
    organisation  text        NOT NULL,
    changed_at    timestamptz NOT NULL
);
CREATE INDEX rau_status_change_submission ON rau_status_change (submission_id, changed_at);
