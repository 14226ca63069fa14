-- Structured text and lists become jsonb, like finance's: queryable, and checked as JSON by the database.
-- The text converter wrote '[]' for an empty list; a blank value (never written, but tolerated on reading) becomes [].
ALTER TABLE activity
    ALTER COLUMN description TYPE jsonb
        USING (CASE WHEN btrim(description) = '' THEN '[]' ELSE description END)::jsonb,
    ALTER COLUMN responsible TYPE jsonb
        USING (CASE WHEN btrim(responsible) = '' THEN '[]' ELSE responsible END)::jsonb;
