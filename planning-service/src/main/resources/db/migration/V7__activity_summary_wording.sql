-- The development-effort flag as the year's summary list words it, where it differs from Bilaga 1
-- (null = the same); the report shows both and warns about the contradiction.
ALTER TABLE activity ADD COLUMN summary_development_effort text
    CHECK (summary_development_effort IN ('NONE', 'PARTIAL', 'FULL'));
