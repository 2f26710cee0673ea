-- privacy: data keys of sealed text, and the audit log

-- One data key per person (their sealed text) or per library (its care notes), wrapped by the
-- instance master key named by master_key_id. Destroying a key erases wrapped_key: whatever was
-- sealed with it can never be read again.
CREATE TABLE privacy_data_key (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    owner_id       UUID NOT NULL,
    owner_kind     VARCHAR(16) NOT NULL,
    master_key_id  VARCHAR(16) NOT NULL,
    wrapped_key    BYTEA,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    destroyed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT privacy_data_key_kind CHECK (owner_kind IN ('PERSON', 'ORG_CARE')),
    CONSTRAINT privacy_data_key_erased CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);
CREATE INDEX privacy_data_key_owner_idx ON privacy_data_key (org_id, owner_kind, owner_id);

-- Admin actions and reads of sensitive records. care_track entries are shown to care contacts
-- only. The actor may belong to another library (the instance operator), so no foreign key.
-- seq orders the log and keeps paging stable.
CREATE TABLE audit_entry (
    id            UUID PRIMARY KEY,
    seq           BIGINT GENERATED ALWAYS AS IDENTITY NOT NULL UNIQUE,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      UUID,
    action        VARCHAR(64) NOT NULL,
    subject_kind  VARCHAR(32),
    subject_id    UUID,
    detail        VARCHAR(500),
    care_track    BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX audit_entry_org_idx ON audit_entry (org_id, seq);
