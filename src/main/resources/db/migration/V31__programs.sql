-- programs: wellness programs and events for staff and patrons. A program is a series (title,
-- category, audience, place, facilitator); its sessions are the dated occurrences, each with its own
-- capacity. Recurrence is expanded into sessions when they are added, so each session can be
-- cancelled or changed on its own.

CREATE TABLE program (
    id                  UUID PRIMARY KEY,
    org_id              UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    title               VARCHAR(200) NOT NULL,
    description         VARCHAR(4000),
    -- GUIDED_MEDITATION, POETRY_CLUB, JOURNALING, PET_THERAPY, GATHERING, WORKSHOP, OTHER
    category            VARCHAR(20) NOT NULL,
    -- STAFF, PATRONS or BOTH
    audience            VARCHAR(10) NOT NULL,
    -- DRAFT (seen by those who manage it) or PUBLISHED
    status              VARCHAR(10) NOT NULL,
    -- a supervisor's program for their team; null for a program of the whole library
    team_supervisor_id  UUID REFERENCES person (id) ON DELETE CASCADE,
    -- the colleague the program is delegated to, who may then manage it
    facilitator_id      UUID REFERENCES person (id) ON DELETE SET NULL,
    -- a facilitator from outside the library (a therapy dog handler, a visiting poet)
    facilitator_name    VARCHAR(200),
    branch_id           UUID REFERENCES branch (id) ON DELETE SET NULL,
    room                VARCHAR(200),
    online_url          VARCHAR(500),
    accessibility       VARCHAR(2000),
    age_min             INT,
    age_max             INT,
    created_by          UUID REFERENCES person (id) ON DELETE SET NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX program_org_idx ON program (org_id, status);

CREATE TABLE program_session (
    id          UUID PRIMARY KEY,
    program_id  UUID NOT NULL REFERENCES program (id) ON DELETE CASCADE,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- seats; null for no limit
    capacity    INT,
    -- a drop-in session takes no registrations
    drop_in     BOOLEAN NOT NULL DEFAULT FALSE,
    -- people holding a confirmed seat (parties counted in full), kept with the registrations in
    -- one transaction under a row lock on this session
    seats_taken INT NOT NULL DEFAULT 0,
    cancelled   BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT program_session_capacity CHECK (capacity IS NULL OR capacity > 0),
    CONSTRAINT program_session_order CHECK (ends_at > starts_at)
);
CREATE INDEX program_session_org_idx ON program_session (org_id, starts_at);
CREATE INDEX program_session_program_idx ON program_session (program_id, starts_at);

-- A registration: a staff member (person_id) or a patron (name and email, nothing else). A
-- cancelled registration is deleted. registrant is "person:<id>" or "email:<lower-case email>",
-- unique per session.
CREATE TABLE program_registration (
    id               UUID PRIMARY KEY,
    session_id       UUID NOT NULL REFERENCES program_session (id) ON DELETE CASCADE,
    org_id           UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    registrant       VARCHAR(340) NOT NULL,
    person_id        UUID REFERENCES person (id) ON DELETE CASCADE,
    name             VARCHAR(200),
    email            VARCHAR(320),
    party_size       INT NOT NULL,
    -- CONFIRMED or WAITLISTED
    status           VARCHAR(12) NOT NULL,
    -- SHA-256 of the secret in a patron's cancel link
    cancel_hash      VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT program_registration_once UNIQUE (session_id, registrant),
    CONSTRAINT program_registration_party CHECK (party_size > 0)
);
CREATE INDEX program_registration_session_idx ON program_registration (session_id, status, created_at);
CREATE INDEX program_registration_person_idx ON program_registration (org_id, person_id);
