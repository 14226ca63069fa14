-- GET /reports/{year}/versions?sort=approvedAt (the primary key (year, number) covers sort=version).
-- The read model's own tables are the report's (incremental assembly), not indexed here.
CREATE INDEX report_version_year_approved_at ON report_version (year, approved_at);
