-- A goal is followed up every year of its period, not only at the end: one valuation record per
-- (goal, year). The rows so far were the period's final valuations. A record may carry only the
-- previous period's (historical) valuation, for a goal whose history predates the system.
ALTER TABLE goal_valuation ADD COLUMN year integer;
UPDATE goal_valuation SET year = period_end;
ALTER TABLE goal_valuation ALTER COLUMN year SET NOT NULL;
ALTER TABLE goal_valuation ALTER COLUMN valuation DROP NOT NULL;
ALTER TABLE goal_valuation DROP CONSTRAINT goal_valuation_goal_id_key;
ALTER TABLE goal_valuation ADD CONSTRAINT goal_valuation_goal_year UNIQUE (goal_id, year);
ALTER TABLE goal_valuation ADD CONSTRAINT goal_valuation_year_in_period CHECK (year BETWEEN period_start AND period_end);
ALTER TABLE goal_valuation ADD CONSTRAINT goal_valuation_something_valued
    CHECK (valuation IS NOT NULL OR previous_valuation IS NOT NULL);
