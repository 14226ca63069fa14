-- A round can be closed (no more changes to its submissions); a submission remembers when it was
-- last submitted and whether that was after the round's deadline (a date in Europe/Stockholm).
ALTER TABLE rau_round ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED'));
ALTER TABLE rau_round ADD COLUMN closed_at timestamptz;
ALTER TABLE rau_round ADD COLUMN closed_by text;

ALTER TABLE rau_submission ADD COLUMN submitted_at timestamptz;
ALTER TABLE rau_submission ADD COLUMN late boolean NOT NULL DEFAULT false;
-- what was submitted before this migration: its last submission time from the history
UPDATE rau_submission s
SET submitted_at = (SELECT max(c.changed_at) FROM rau_status_change c
                    WHERE c.submission_id = s.id AND c.to_status = 'SUBMITTED');
UPDATE rau_submission s
SET late = (s.submitted_at AT TIME ZONE 'Europe/Stockholm')::date > r.deadline
FROM rau_round r
WHERE r.year = s.year AND s.submitted_at IS NOT NULL;
