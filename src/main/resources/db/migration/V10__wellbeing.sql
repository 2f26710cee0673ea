-- wellbeing: a person's own check-ins (mood, energy, stress, an optional note). Private to the
-- person: no supervisor, admin or operator reads them, and they feed no aggregate of any kind.
-- The scores are plain (the person's own trends need them); the note is sealed text, bound to
-- its owner and to this table, column and row.

CREATE TABLE wellbeing_checkin (
    id            UUID PRIMARY KEY,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id     UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- the day in the person's time zone
    checkin_date  DATE NOT NULL,
    mood          SMALLINT NOT NULL,
    energy        SMALLINT NOT NULL,
    stress        SMALLINT NOT NULL,
    -- sealed (encrypted) text, or NULL when there is no note
    note          VARCHAR(8000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wellbeing_checkin_mood CHECK (mood BETWEEN 1 AND 5),
    CONSTRAINT wellbeing_checkin_energy CHECK (energy BETWEEN 1 AND 5),
    CONSTRAINT wellbeing_checkin_stress CHECK (stress BETWEEN 1 AND 5)
);
CREATE INDEX wellbeing_checkin_person_idx ON wellbeing_checkin (org_id, person_id, checkin_date);
