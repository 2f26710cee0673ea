-- programs: the short anonymous feedback after a session. An answer stores no person, no time and no
-- address: only the session, the rating and the optional comment. That a person answered is kept as
-- HMAC(server key, person + session) only, so nobody answers twice and nobody can list who answered.
CREATE TABLE program_feedback (
    id          UUID          PRIMARY KEY,
    org_id      UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    session_id  UUID          NOT NULL REFERENCES program_session (id) ON DELETE CASCADE,
    rating      SMALLINT      NOT NULL,
    comment     VARCHAR(1000),
    CONSTRAINT program_feedback_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX program_feedback_session ON program_feedback (session_id);

CREATE TABLE program_feedback_given (
    org_id      UUID         NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    session_id  UUID         NOT NULL REFERENCES program_session (id) ON DELETE CASCADE,
    person_hash VARCHAR(64)  NOT NULL,
    PRIMARY KEY (session_id, person_hash)
);
