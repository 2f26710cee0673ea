-- listening: sessions (town halls, listening sessions), their questions and votes.
-- An anonymous question stores no author, no IP address and only its date. A vote stores no
-- person: only HMAC(server key, person id + question id), which stops a second vote and cannot
-- be linked to the same person's other votes.

CREATE TABLE listening_session (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    host_id        UUID REFERENCES person (id) ON DELETE SET NULL,
    title          VARCHAR(200) NOT NULL,
    purpose        VARCHAR(2000),
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE,
    -- IN_PERSON, ONLINE or HYBRID
    format         VARCHAR(10) NOT NULL,
    location       VARCHAR(500),
    -- LIBRARY, BRANCH or DEPARTMENT; a branch or department session names its unit
    audience       VARCHAR(12) NOT NULL,
    branch_id      UUID REFERENCES branch (id) ON DELETE CASCADE,
    department_id  UUID REFERENCES department (id) ON DELETE CASCADE,
    agenda         VARCHAR(4000),
    join_code      VARCHAR(6) NOT NULL,
    -- questions wait for a host's approval before others see them
    moderated      BOOLEAN NOT NULL DEFAULT FALSE,
    closed_at      TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT listening_session_audience CHECK (
        (audience = 'LIBRARY' AND branch_id IS NULL AND department_id IS NULL)
        OR (audience = 'BRANCH' AND branch_id IS NOT NULL AND department_id IS NULL)
        OR (audience = 'DEPARTMENT' AND department_id IS NOT NULL AND branch_id IS NULL)),
    CONSTRAINT listening_session_format CHECK (format IN ('IN_PERSON', 'ONLINE', 'HYBRID'))
);
CREATE INDEX listening_session_org_idx ON listening_session (org_id, starts_at);
CREATE INDEX listening_session_code_idx ON listening_session (org_id, join_code);

CREATE TABLE listening_question (
    id          UUID PRIMARY KEY,
    session_id  UUID NOT NULL REFERENCES listening_session (id) ON DELETE CASCADE,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    -- the asker of a named question; always null on an anonymous one
    author_id   UUID REFERENCES person (id) ON DELETE CASCADE,
    anonymous   BOOLEAN NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    -- the day only, in the library's time zone
    post_date   DATE NOT NULL,
    -- the order of posting within the session (1, 2, ...): ties in votes go to the older question
    position    INTEGER NOT NULL,
    -- HELD (waiting for approval), VISIBLE or HIDDEN
    status      VARCHAR(8) NOT NULL DEFAULT 'VISIBLE',
    -- why a host hid it: OFF_TOPIC, DUPLICATE, PERSONAL_ATTACK, IDENTIFIES_SOMEONE or OTHER
    hidden_reason  VARCHAR(20),
    -- a host's short written answer, for those who were not there
    answer      VARCHAR(1000),
    CONSTRAINT listening_question_status CHECK (status IN ('HELD', 'VISIBLE', 'HIDDEN')),
    CONSTRAINT listening_question_hidden CHECK ((status = 'HIDDEN') = (hidden_reason IS NOT NULL)),
    CONSTRAINT listening_question_author CHECK (
        (anonymous = TRUE AND author_id IS NULL) OR (anonymous = FALSE AND author_id IS NOT NULL)),
    CONSTRAINT listening_question_position UNIQUE (session_id, position)
);
CREATE INDEX listening_question_session_idx ON listening_question (org_id, session_id);

CREATE TABLE listening_vote (
    question_id  UUID NOT NULL REFERENCES listening_question (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    -- HMAC-SHA256(server key, person id + question id), hex; never the person
    voter_hash   VARCHAR(64) NOT NULL,
    PRIMARY KEY (question_id, voter_hash)
);
CREATE INDEX listening_vote_org_idx ON listening_vote (org_id, question_id);
