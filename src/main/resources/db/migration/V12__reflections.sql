-- wellbeing: a person's private reflections (morning intentions, the evening joy log, gratitude
-- notes) and each library's own affirmations. Reflections are private to their owner: no
-- supervisor, admin or operator reads them. Their text is sealed, bound to its owner and to this
-- table, column and row.

CREATE TABLE wellbeing_reflection (
    id               UUID PRIMARY KEY,
    org_id           UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id        UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- INTENTION, JOY or GRATITUDE
    kind             VARCHAR(20) NOT NULL,
    -- the day in the person's time zone
    reflection_date  DATE NOT NULL,
    -- sealed (encrypted) text
    body             VARCHAR(12000) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wellbeing_reflection_kind CHECK (kind IN ('INTENTION', 'JOY', 'GRATITUDE'))
);
CREATE INDEX wellbeing_reflection_person_idx ON wellbeing_reflection (org_id, person_id, kind, reflection_date);

-- A library's own affirmations, shown to all its staff in the daily rotation: plain text.
CREATE TABLE wellbeing_affirmation (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    body        VARCHAR(1000) NOT NULL,
    created_by  UUID REFERENCES person (id) ON DELETE SET NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX wellbeing_affirmation_org_idx ON wellbeing_affirmation (org_id, created_at);
