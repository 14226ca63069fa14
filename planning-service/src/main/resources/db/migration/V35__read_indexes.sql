-- An index for every filter and sort the plan's lists offer (see each list's query parameters and Sorting),
-- so a list reads its page from an index whatever the client asks for. Tables of a year are small today;
-- the stress year (2 000 activities) is not.

-- GET /plans?status=…&sort=year|status
CREATE INDEX plan_status ON plan (status, year);

-- GET /plans/{year}/activities?areaId=…&prioritised=…&developmentEffort=…&sort=plannedDays|developmentEffort
-- (activity_area covers areaId and position, the unique (area_id, title) covers title)
CREATE INDEX activity_area_prioritised ON activity (area_id, prioritised, position);
CREATE INDEX activity_area_development_effort ON activity (area_id, development_effort, position);
CREATE INDEX activity_area_planned_days ON activity (area_id, planned_days);

-- GET /goal-periods/{period}/goals?areaName=…&sort=areaName|position
CREATE INDEX goal_period_area_position ON goal (period_start, period_end, area_name, position);

-- GET /plans/{year}/members?group=…&sort=group|name|organisation|joinedOn
-- (the unique (year, member_group, name) covers group and name)
CREATE INDEX member_year_group_position ON member (year, member_group, position);
CREATE INDEX member_year_organisation ON member (year, organisation);
CREATE INDEX member_year_joined_on ON member (year, joined_on);

-- GET /plans/{year}/history?type=…&sort=time|type
CREATE INDEX outbox_event_history_type ON outbox_event (topic, message_key, type, seq);
CREATE INDEX outbox_event_history_time ON outbox_event (topic, message_key, created_at);
