-- Follow-up care after an incident: private check-ins at about one week and within a month for
-- each person the incident affected, and the care contacts' tasks.

-- When the two follow-ups go out, in days after the incident was submitted (defaults 7 and 30).
CREATE TABLE safety_followup_setting (
    org_id       UUID    PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    first_days   INTEGER NOT NULL,
    second_days  INTEGER NOT NULL
);

-- One follow-up for one affected person: SCHEDULED until due, SENT once they were asked, then
-- ANSWERED, DECLINED (this one) or STOPPED (this and every later one of the incident).
-- The note is sealed with the library's care key.
CREATE TABLE safety_followup (
    id           UUID         PRIMARY KEY,
    incident_id  UUID         NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id       UUID         NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id    UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    seq          INTEGER      NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE,
    answer       VARCHAR(10),
    note         TEXT,
    answered_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT safety_followup_once UNIQUE (incident_id, person_id, seq)
);
CREATE INDEX safety_followup_due ON safety_followup (status, due_at);
CREATE INDEX safety_followup_person ON safety_followup (org_id, person_id);

-- Someone asked for help (a follow-up answer or a check-in request): a task for care contacts.
CREATE TABLE safety_care_task (
    id           UUID         PRIMARY KEY,
    org_id       UUID         NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    incident_id  UUID         NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    person_id    UUID         NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    followup_id  UUID         REFERENCES safety_followup (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at      TIMESTAMP WITH TIME ZONE,
    done_by      UUID         REFERENCES person (id) ON DELETE SET NULL
);
CREATE INDEX safety_care_task_org ON safety_care_task (org_id, done_at);
