-- listening: notes a host, admin or wellness lead publishes to a session's audience after it.
CREATE TABLE listening_session_notes (
    session_id    UUID PRIMARY KEY REFERENCES listening_session (id) ON DELETE CASCADE,
    org_id        UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    body          VARCHAR(10000) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
