-- Structured text becomes jsonb, like finance's: queryable, and checked as JSON by the database.
-- The text converter wrote '[]' for an empty list; a blank value (never written, but tolerated on reading) becomes [].
ALTER TABLE activity_outcome
    ALTER COLUMN narrative TYPE jsonb USING (CASE WHEN btrim(narrative) = '' THEN '[]' ELSE narrative END)::jsonb;
ALTER TABLE area_follow_up
    ALTER COLUMN note TYPE jsonb USING (CASE WHEN btrim(note) = '' THEN '[]' ELSE note END)::jsonb;
ALTER TABLE goal_valuation
    ALTER COLUMN follow_up TYPE jsonb USING (CASE WHEN btrim(follow_up) = '' THEN '[]' ELSE follow_up END)::jsonb;
