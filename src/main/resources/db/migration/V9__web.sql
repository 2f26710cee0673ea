-- web: answers to creating API requests that carried an Idempotency-Key, replayed on a retry
CREATE TABLE idempotency_record (
    scope_hash    VARCHAR(64) PRIMARY KEY,
    status        INT          NOT NULL,
    content_type  VARCHAR(100),
    body          VARCHAR,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
