-- wellbeing: the Joy Wall (joy entries shared with colleagues, their reactions) and kudos.
-- A wall post is a copy of a private joy entry, visible to colleagues and therefore not sealed.
-- An anonymous post stores no author and only its date; the link from the private entry to its
-- post lives only in the entry's sealed wall_link, which only the author's key opens.

ALTER TABLE wellbeing_reflection ADD COLUMN wall_link VARCHAR(1000);

CREATE TABLE wellbeing_wall_post (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    -- LIBRARY, BRANCH or DEPARTMENT; a branch or department post names its unit
    audience       VARCHAR(12) NOT NULL,
    branch_id      UUID REFERENCES branch (id) ON DELETE CASCADE,
    department_id  UUID REFERENCES department (id) ON DELETE CASCADE,
    -- the author of a named post; always null on an anonymous post
    author_id      UUID REFERENCES person (id) ON DELETE CASCADE,
    anonymous      BOOLEAN NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    -- the day only, in the library's time zone: no time that could be matched with other records
    post_date      DATE NOT NULL,
    -- set by a wellness lead or admin; the author sees it
    hidden_reason  VARCHAR(1000),
    CONSTRAINT wellbeing_wall_post_audience CHECK (
        (audience = 'LIBRARY' AND branch_id IS NULL AND department_id IS NULL)
        OR (audience = 'BRANCH' AND branch_id IS NOT NULL AND department_id IS NULL)
        OR (audience = 'DEPARTMENT' AND department_id IS NOT NULL AND branch_id IS NULL)),
    CONSTRAINT wellbeing_wall_post_author CHECK (
        (anonymous = TRUE AND author_id IS NULL) OR (anonymous = FALSE AND author_id IS NOT NULL))
);
CREATE INDEX wellbeing_wall_post_org_idx ON wellbeing_wall_post (org_id, audience, post_date);

-- one reaction of a kind per person and post; the reactor chose to be seen reacting
CREATE TABLE wellbeing_wall_reaction (
    post_id    UUID NOT NULL REFERENCES wellbeing_wall_post (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind       VARCHAR(16) NOT NULL,
    PRIMARY KEY (post_id, person_id, kind)
);
CREATE INDEX wellbeing_wall_reaction_org_idx ON wellbeing_wall_reaction (org_id, post_id);

-- kudos from one colleague to another: on the wall (library-wide) or only for the receiver
CREATE TABLE wellbeing_kudos (
    id           UUID PRIMARY KEY,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    giver_id     UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    receiver_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    body         VARCHAR(2000) NOT NULL,
    -- WALL or PRIVATE
    visibility   VARCHAR(8) NOT NULL,
    -- the receiver took it off the wall
    hidden       BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wellbeing_kudos_visibility CHECK (visibility IN ('WALL', 'PRIVATE'))
);
CREATE INDEX wellbeing_kudos_receiver_idx ON wellbeing_kudos (org_id, receiver_id, created_at);
CREATE INDEX wellbeing_kudos_giver_idx ON wellbeing_kudos (org_id, giver_id, created_at);
CREATE INDEX wellbeing_kudos_wall_idx ON wellbeing_kudos (org_id, visibility, created_at);
