-- Issue 13 "An incremental report": the sums a report needs are kept as events arrive instead of being
-- computed by reading every row of a year at each report read.

-- The ledger summed per year and per post reference as the entries carry it (post id, post name). The report
-- joins these few rows with the posts when it is assembled, exactly as it joined the entries: an entry names
-- its post by id, or by name when the id is unknown, and may arrive before its post.
CREATE TABLE proj_ledger_total (
    year       integer NOT NULL,
    post_id    uuid,
    post_name  text,
    outcome    numeric NOT NULL,
    entries    bigint  NOT NULL,
    CONSTRAINT proj_ledger_total_key UNIQUE NULLS NOT DISTINCT (year, post_id, post_name)
);
INSERT INTO proj_ledger_total (year, post_id, post_name, outcome, entries)
SELECT year, post_id, post_name, sum(amount), count(*) FROM proj_ledger_entry GROUP BY year, post_id, post_name;

-- Planned days summed per year and per area reference of the activities (area id, area name): year − 1's
-- areas for the comparison columns come from these instead of from all of last year's activities.
CREATE TABLE proj_area_days (
    year          integer NOT NULL,
    area_id       uuid,
    area_name     text,
    planned_days  numeric NOT NULL,
    activities    bigint  NOT NULL,
    CONSTRAINT proj_area_days_key UNIQUE NULLS NOT DISTINCT (year, area_id, area_name)
);
INSERT INTO proj_area_days (year, area_id, area_name, planned_days, activities)
SELECT year, area_id, area_name, sum(planned_days), count(*) FROM proj_activity GROUP BY year, area_id, area_name;

-- The read model's version per report year, bumped in the transaction of every applied event and draft edit
-- that can change the year's report. A cached report is valid while its year's version is unchanged, also
-- on another reporting instance. No row: version 0. Never truncated, so a version never comes back.
CREATE TABLE read_model_version (
    year     integer PRIMARY KEY,
    version  bigint NOT NULL
);
