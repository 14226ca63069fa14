-- Years and periods continue each other: a goal may continue a goal of the directly previous period, and an
-- activity the activity of the previous year's plan it was rolled over from (or linked to by hand).
-- No ON DELETE action: removing a goal or activity that something continues is refused by the use case (409),
-- so a link never disappears without an event.
ALTER TABLE goal ADD COLUMN predecessor_id uuid REFERENCES goal (id);
CREATE INDEX goal_predecessor ON goal (predecessor_id);

ALTER TABLE activity ADD COLUMN continues_activity_id uuid REFERENCES activity (id);
CREATE INDEX activity_continues ON activity (continues_activity_id);
