-- ActivityPlanned/Changed carry summaryTitle: the summary list's wording of the title where it differs from Bilaga 1.
-- Numbered after V230 (webhooks) so a database that has it migrates in order.
ALTER TABLE proj_activity ADD COLUMN summary_title text;
