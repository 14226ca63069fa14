-- Structured text and lists become jsonb, like every other service's: queryable, and checked as JSON by the
-- database. The projections wrote '[]' for an empty list; a blank value becomes [] too.
ALTER TABLE proj_activity
    ALTER COLUMN description TYPE jsonb USING (CASE WHEN btrim(description) = '' THEN '[]' ELSE description END)::jsonb,
    ALTER COLUMN responsible TYPE jsonb USING (CASE WHEN btrim(responsible) = '' THEN '[]' ELSE responsible END)::jsonb;
ALTER TABLE proj_outcome
    ALTER COLUMN narrative TYPE jsonb USING (CASE WHEN btrim(narrative) = '' THEN '[]' ELSE narrative END)::jsonb;
ALTER TABLE proj_area_note
    ALTER COLUMN note TYPE jsonb USING (CASE WHEN btrim(note) = '' THEN '[]' ELSE note END)::jsonb;
ALTER TABLE proj_valuation
    ALTER COLUMN follow_up TYPE jsonb USING (CASE WHEN btrim(follow_up) = '' THEN '[]' ELSE follow_up END)::jsonb;
ALTER TABLE proj_budget_post
    ALTER COLUMN comment TYPE jsonb USING (CASE WHEN btrim(comment) = '' THEN '[]' ELSE comment END)::jsonb;
ALTER TABLE report_draft
    ALTER COLUMN introduction TYPE jsonb
        USING (CASE WHEN btrim(introduction) = '' THEN '[]' ELSE introduction END)::jsonb,
    ALTER COLUMN main_activities TYPE jsonb
        USING (CASE WHEN btrim(main_activities) = '' THEN '[]' ELSE main_activities END)::jsonb,
    ALTER COLUMN highlights TYPE jsonb USING (CASE WHEN btrim(highlights) = '' THEN '[]' ELSE highlights END)::jsonb,
    ALTER COLUMN closing_assessment TYPE jsonb
        USING (CASE WHEN btrim(closing_assessment) = '' THEN '[]' ELSE closing_assessment END)::jsonb;
