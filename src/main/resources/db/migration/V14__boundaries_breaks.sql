-- wellbeing: boundaries and mindful breaks. A person's working agreement (private unless they share
-- it with their colleagues; its texts sealed under the person's key), their capacity status ("Focused", "At capacity"...) shown beside their
-- name, and the break they are taking now. Coverage never reads the working agreement: it uses the
-- directory's working pattern.

CREATE TABLE wellbeing_agreement (
    org_id                  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id               UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- the working days, e.g. "MONDAY 09:00-17:00,TUESDAY 08:30-12:00"; a day not listed is not worked
    working_hours           VARCHAR(400) NOT NULL,
    -- preferred contact channels, e.g. "CHAT,EMAIL"
    channels                VARCHAR(200) NOT NULL,
    -- sealed (encrypted) text, bound to its owner, column and person; '' when left empty
    response_expectations   VARCHAR(4000) NOT NULL,
    protected_time          VARCHAR(4000) NOT NULL,
    how_to_work_with_me     VARCHAR(40000) NOT NULL,
    -- only a shared agreement is shown to colleagues of the same library
    shared                  BOOLEAN NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, person_id)
);
CREATE INDEX wellbeing_agreement_person_idx ON wellbeing_agreement (person_id);

-- The capacity status a person set; no row means no status.
CREATE TABLE wellbeing_status (
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- AVAILABLE, FOCUSED, AT_CAPACITY or ON_A_BREAK
    status      VARCHAR(20) NOT NULL,
    set_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, person_id),
    CONSTRAINT wellbeing_status_code CHECK (status IN ('AVAILABLE', 'FOCUSED', 'AT_CAPACITY', 'ON_A_BREAK'))
);
CREATE INDEX wellbeing_status_person_idx ON wellbeing_status (person_id);

-- The break a person is taking: at most one. It is over once ends_at has passed (worked out when
-- read; a later break replaces the row) or when the person ends it early (the row goes).
CREATE TABLE wellbeing_break (
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    practice     VARCHAR(30) NOT NULL,
    minutes      INTEGER NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- colleagues see "On a break, back at ..." only when the person chose it
    show_status  BOOLEAN NOT NULL,
    PRIMARY KEY (org_id, person_id),
    CONSTRAINT wellbeing_break_minutes CHECK (minutes BETWEEN 1 AND 60)
);
CREATE INDEX wellbeing_break_person_idx ON wellbeing_break (person_id);
CREATE INDEX wellbeing_break_org_idx ON wellbeing_break (org_id, ends_at);
