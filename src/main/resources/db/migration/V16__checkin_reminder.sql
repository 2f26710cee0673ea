-- wellbeing: the optional check-in reminder. Off unless the person switches it on; they pick the
-- days and the time in their own time zone. last_sent_on (a day in their zone) makes the reminder
-- at most one a day, whichever node sends it.

CREATE TABLE wellbeing_reminder (
    person_id     UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    enabled       BOOLEAN NOT NULL,
    -- the chosen days, e.g. MONDAY,WEDNESDAY,FRIDAY
    days          VARCHAR(80) NOT NULL,
    remind_at     TIME NOT NULL,
    last_sent_on  DATE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX wellbeing_reminder_enabled_idx ON wellbeing_reminder (enabled, org_id);
