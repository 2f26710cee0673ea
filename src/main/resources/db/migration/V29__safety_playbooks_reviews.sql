-- safety: playbooks (an ordered checklist per incident type), the steps ticked during an incident,
-- and the operational review of an incident. All of it belongs to the factual record; nothing here
-- is care track.

-- A library's own playbook for one incident type. Types without a row use the shipped steps.
CREATE TABLE safety_playbook (
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    type_code   VARCHAR(40) NOT NULL,
    source      VARCHAR(300),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID REFERENCES person (id) ON DELETE SET NULL,
    PRIMARY KEY (org_id, type_code)
);

-- Its steps, in order. step_id stays the same when a step is edited or moved, so the ticks of
-- earlier incidents keep pointing at it.
CREATE TABLE safety_playbook_step (
    org_id     UUID NOT NULL,
    type_code  VARCHAR(40) NOT NULL,
    step_id    VARCHAR(40) NOT NULL,
    position   INT NOT NULL,
    body       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (org_id, type_code, step_id),
    FOREIGN KEY (org_id, type_code) REFERENCES safety_playbook (org_id, type_code) ON DELETE CASCADE
);

-- Every tick and untick of a step during an incident, with who and when, and the step's words at
-- that moment (the playbook may change later; the record keeps what was ticked).
CREATE TABLE safety_playbook_tick (
    id           UUID PRIMARY KEY,
    incident_id  UUID NOT NULL REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    step_id      VARCHAR(40) NOT NULL,
    step_text    VARCHAR(1000) NOT NULL,
    done         BOOLEAN NOT NULL,
    person_id    UUID REFERENCES person (id) ON DELETE SET NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safety_playbook_tick_idx ON safety_playbook_tick (incident_id, created_at);

-- The operational review of an incident: when it takes place, and afterwards what was found and
-- what the library changes. One per incident.
CREATE TABLE safety_incident_review (
    incident_id   UUID PRIMARY KEY REFERENCES safety_incident (id) ON DELETE CASCADE,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    scheduled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    findings      VARCHAR(4000),
    changes       VARCHAR(4000),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by    UUID REFERENCES person (id) ON DELETE SET NULL
);
