-- The activity's title as the year's summary list words it, where it differs from Bilaga 1's heading
-- (null = the same); the report shows each wording where it belongs.
ALTER TABLE activity ADD COLUMN summary_title text;
