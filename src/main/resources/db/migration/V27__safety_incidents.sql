-- safety: incident reports in two tracks. The factual record (type, time, place, what happened,
-- the people involved, actions taken, supplemental notes) is read by safety leads, admins and its
-- reporter, never by its subjects. The care track (who was affected, sealed care notes, requests
-- for a check-in) is read by care contacts only.

-- A library's incident types: a row per custom type, and per default type the library renamed or
-- retired (defaults without a row keep their built-in labels).
CREATE TABLE safety_incident_type (
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    code        VARCHAR(40) NOT NULL,
    label_en    VARCHAR(80),
    label_es    VARCHAR(80),
    retired     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, code)
);

CREATE TABLE safety_incident (
    id                UUID PRIMARY KEY,
    org_id            UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    reporter_id       UUID REFERENCES person (id) ON DELETE SET NULL,
    -- DRAFT (seen by its reporter only) or SUBMITTED
    status            VARCHAR(10) NOT NULL,
    type_code         VARCHAR(40),
    occurred_at       TIMESTAMP WITH TIME ZONE,
    branch_id         UUID REFERENCES branch (id) ON DELETE SET NULL,
    area              VARCHAR(200),
    description       VARCHAR(10000),
    others_described  VARCHAR(2000),
    witnesses         VARCHAR(2000),
    -- comma-separated codes: DE_ESCALATION, POLICE_CALLED, EMS_CALLED, INJURY, DAMAGE
    actions           VARCHAR(200),
    actions_detail    VARCHAR(2000),
    restriction       VARCHAR(1000),
    restriction_ends  DATE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX safety_incident_org_idx ON safety_incident (org_id, occurred_at);

-- Directory people named in the factual record: STAFF_INVOLVED, or SUBJECT (the people the report
-- is about, who can never read it).
CREATE TABLE safety_incident_person (
    incident_id  UUID NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    part         VARCHAR(16) NOT NULL,
    PRIMARY KEY (incident_id, part, person_id)
);
CREATE INDEX safety_incident_person_idx ON safety_incident_person (org_id, person_id);

-- Supplemental notes added after submitting, each dated.
CREATE TABLE safety_incident_note (
    id           UUID PRIMARY KEY,
    incident_id  UUID NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    author_id    UUID REFERENCES person (id) ON DELETE SET NULL,
    body         VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safety_incident_note_idx ON safety_incident_note (incident_id, created_at);

-- The care track: people affected by an incident.
CREATE TABLE safety_care_affected (
    incident_id  UUID NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (incident_id, person_id)
);

-- The care track: "how they are doing" notes, sealed with the library's care key.
CREATE TABLE safety_care_note (
    id           UUID PRIMARY KEY,
    incident_id  UUID NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    author_id    UUID REFERENCES person (id) ON DELETE SET NULL,
    body         TEXT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The care track: a person asked for someone to check in with them today.
CREATE TABLE safety_care_checkin (
    id            UUID PRIMARY KEY,
    incident_id   UUID NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id     UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT safety_care_checkin_once UNIQUE (incident_id, person_id)
);
