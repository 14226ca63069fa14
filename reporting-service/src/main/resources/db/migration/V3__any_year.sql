-- Issue 11 "Any year": goals of a running period, valuations per year, links to the previous year,
-- and funds in the order they were recorded.

-- a goal may continue a goal of the previous period; goals are read by every year of their period
ALTER TABLE proj_goal ADD COLUMN predecessor_id uuid;
CREATE INDEX proj_goal_period ON proj_goal (period_start, period_end);

-- an activity may continue one of the previous year's plan (set by the roll-over)
ALTER TABLE proj_activity ADD COLUMN continues_activity_id uuid;

-- one row per valuation record: a goal is valued for each year of its period, and a record may carry
-- only the historical valuation of the previous period (valuation null)
ALTER TABLE proj_valuation DROP CONSTRAINT proj_valuation_pkey;
ALTER TABLE proj_valuation ADD PRIMARY KEY (id);
ALTER TABLE proj_valuation ADD COLUMN year integer;
UPDATE proj_valuation SET year = period_end;
ALTER TABLE proj_valuation ALTER COLUMN year SET NOT NULL;
ALTER TABLE proj_valuation ALTER COLUMN valuation DROP NOT NULL;
CREATE INDEX proj_valuation_goal ON proj_valuation (goal_id);
CREATE INDEX proj_valuation_period ON proj_valuation (period_start, period_end);

-- the report lists funds in entry order: the order the events arrived (a replay keeps it, a later
-- state of the same funds keeps its place)
ALTER TABLE proj_co_financing ADD COLUMN arrival bigserial;
ALTER TABLE proj_outside_funds ADD COLUMN arrival bigserial;
