-- ActivityPlanned/Changed carry summaryDevelopmentEffort: the summary list's wording where it differs from Bilaga 1.
ALTER TABLE proj_activity ADD COLUMN summary_development_effort text;
