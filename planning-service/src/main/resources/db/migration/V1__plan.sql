CREATE TABLE plan (
    id           uuid PRIMARY KEY,
    year         integer     NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
    title        text        NOT NULL,
    vision       text,
    period_start integer     NOT NULL,
    period_end   integer     NOT NULL,
    status       text        NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED')),
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    created_by   text        NOT NULL,
    CHECK (period_start <= year AND year <= period_end)
);
