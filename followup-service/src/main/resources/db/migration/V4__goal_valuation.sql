CREATE TABLE goal_valuation (
    id                    uuid PRIMARY KEY,
    goal_id               uuid        NOT NULL UNIQUE,
    period_start          integer     NOT NULL,
    period_end            integer     NOT NULL,
    valuation             integer     NOT NULL CHECK (valuation BETWEEN 1 AND 3),
    previous_valuation    integer CHECK (previous_valuation BETWEEN 1 AND 3),
    previous_goal_existed boolean     NOT NULL,
    follow_up             text        NOT NULL,
    version               bigint      NOT NULL,
    updated_at            timestamptz NOT NULL,
    updated_by            text        NOT NULL,
    CHECK (previous_goal_existed OR previous_valuation IS NULL)
);
CREATE INDEX goal_valuation_period ON goal_valuation (period_start, period_end);
