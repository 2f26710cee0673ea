-- The web origins (https://host[:port]) allowed to show a library's embeddable program listing
-- (/p/<slug>/embed) in a frame; none by default, so the listing cannot be framed.
CREATE TABLE program_embed_origin (
    org_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    origin  VARCHAR(300) NOT NULL,
    PRIMARY KEY (org_id, origin)
);

-- Attendance: who came is marked on the registration (so it is deleted with it, a set number of
-- days after the session); the counts stay on the session. attended counts people (parties in
-- full) of registrations marked present; walk_ins those who came without registering.
ALTER TABLE program_registration ADD COLUMN attended BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE program_session ADD COLUMN attended INT NOT NULL DEFAULT 0;
ALTER TABLE program_session ADD COLUMN walk_ins INT NOT NULL DEFAULT 0;

-- A walk-in's name, when the facilitator wrote it down; deleted with the registrations.
CREATE TABLE program_walk_in (
    id          UUID PRIMARY KEY,
    session_id  UUID NOT NULL REFERENCES program_session (id) ON DELETE CASCADE,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX program_walk_in_session_idx ON program_walk_in (session_id);
