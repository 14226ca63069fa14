-- An index for every filter and sort the follow-up lists offer that the existing ones do not cover
-- (see each list's query parameters and Sorting). The (year, county_code, objective_code) unique covers
-- ?countyCode and sort=countyCode; rau_submission_year covers ?objectiveCode and ?objectiveCode&status.

-- GET /rau/{year}/submissions?status=…  and  sort=status|submittedAt
CREATE INDEX rau_submission_year_status ON rau_submission (year, status);
CREATE INDEX rau_submission_year_submitted_at ON rau_submission (year, submitted_at);
