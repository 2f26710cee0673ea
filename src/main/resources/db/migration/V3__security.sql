-- security: personal access tokens (only a hash of each token is kept)
CREATE TABLE personal_access_token (
    id            UUID PRIMARY KEY,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id     UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL UNIQUE,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX personal_access_token_person_idx ON personal_access_token (person_id);
