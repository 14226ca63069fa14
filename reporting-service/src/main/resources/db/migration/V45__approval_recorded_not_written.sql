-- The approval sentence is written from the recorded approval (its day and the approving body), never kept as
-- editorial text a draft could show: the draft's approval line goes, the version records who approved.
ALTER TABLE report_version ADD COLUMN body text NOT NULL DEFAULT 'RUS styrgrupp';
ALTER TABLE report_version ALTER COLUMN body DROP DEFAULT;
ALTER TABLE report_version ADD COLUMN further_approval text;
ALTER TABLE report_draft DROP COLUMN approval_line;
-- Bilaga 2's own text after the valuation scale (the 2024 report's note on the previous period's valuations).
ALTER TABLE report_draft ADD COLUMN goals_note jsonb NOT NULL DEFAULT '[]'::jsonb;
