-- timeoff: coverage rules. A rule asks for a minimum number of people present in a branch, a
-- department, or a department of one branch, on some weekdays, for the whole day or one half.
-- "Present" is worked out from people's working patterns and approved time off (docs/timeoff.md).
CREATE TABLE timeoff_coverage_rule (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    -- the unit: a branch, a department, or both (that department at that branch)
    branch_id      UUID REFERENCES branch (id) ON DELETE CASCADE,
    department_id  UUID REFERENCES department (id) ON DELETE CASCADE,
    -- weekday codes as in working patterns, Monday first: MON,TUE,WED,THU,FRI
    weekdays       VARCHAR(40) NOT NULL,
    -- AM or PM; null for the whole day (both halves must reach the minimum)
    day_part       VARCHAR(2),
    minimum        INT NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT timeoff_coverage_rule_unit CHECK (branch_id IS NOT NULL OR department_id IS NOT NULL),
    CONSTRAINT timeoff_coverage_rule_part CHECK (day_part IN ('AM', 'PM')),
    CONSTRAINT timeoff_coverage_rule_minimum CHECK (minimum BETWEEN 1 AND 1000)
);
CREATE INDEX timeoff_coverage_rule_org_idx ON timeoff_coverage_rule (org_id);

-- the calendar and the coverage check read one library's approved time off over a range of days
CREATE INDEX timeoff_request_approved_idx ON timeoff_request (org_id, status, start_date, end_date);
