-- A RÅU round can be corrected while it is open; each correction is kept: who, when, and the round
-- before and after (instructions, deadline, objectives, counties).
CREATE TABLE rau_round_change (
    id         uuid PRIMARY KEY,
    round_id   uuid        NOT NULL REFERENCES rau_round (id),
    year       integer     NOT NULL,
    changed_at timestamptz NOT NULL,
    changed_by text        NOT NULL,
    before     jsonb       NOT NULL,
    after      jsonb       NOT NULL
);
CREATE INDEX rau_round_change_year ON rau_round_change (year, changed_at);
