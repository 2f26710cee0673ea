-- wellbeing: a person's own journal. Private to the person: no supervisor, admin or operator
-- reads it. Title, body, tags and the prompt written to are sealed text, each bound to its owner
-- and to this table, column and row; only the dates are plain.

CREATE TABLE wellbeing_journal_entry (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    -- sealed (encrypted) text, NULL when there is none
    title       VARCHAR(2000),
    -- sealed (encrypted) text
    body        VARCHAR(120000) NOT NULL,
    -- sealed (encrypted) tags, one per line, NULL when there are none
    tags        VARCHAR(2000),
    -- sealed (encrypted) text of the prompt the entry answers, NULL when there was none
    prompt      VARCHAR(4000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX wellbeing_journal_entry_person_idx ON wellbeing_journal_entry (org_id, person_id, created_at);

-- A library's own journal prompts, added by its wellness leads and admins. Not private: everyone
-- in the library may write to them. The built-in prompts live in the message bundles.
CREATE TABLE wellbeing_journal_prompt (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    prompt_text VARCHAR(500) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX wellbeing_journal_prompt_org_idx ON wellbeing_journal_prompt (org_id, created_at);
