-- listening: a moderator merges a duplicate question into another one, and pins the question
-- being discussed now. A merged question keeps its row, its votes (hashes only) and its asker's
-- secret hash: status MERGED, merged_into names the question it went into, and status_before_merge
-- the status it gets back when a moderator undoes the merge. Nothing here names a person.
ALTER TABLE listening_question ADD COLUMN merged_into UUID REFERENCES listening_question (id) ON DELETE CASCADE;
ALTER TABLE listening_question ADD COLUMN status_before_merge VARCHAR(10);
ALTER TABLE listening_question DROP CONSTRAINT listening_question_status;
ALTER TABLE listening_question ADD CONSTRAINT listening_question_status
    CHECK (status IN ('HELD', 'VISIBLE', 'HIDDEN', 'WITHDRAWN', 'MERGED'));
ALTER TABLE listening_question ADD CONSTRAINT listening_question_merged
    CHECK ((status = 'MERGED') = (merged_into IS NOT NULL));
CREATE INDEX listening_question_merged_idx ON listening_question (merged_into);

-- the question a session is discussing now ("Now discussing"): at most one per session
CREATE TABLE listening_pin (
    session_id   UUID PRIMARY KEY REFERENCES listening_session (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    question_id  UUID NOT NULL REFERENCES listening_question (id) ON DELETE CASCADE,
    pinned_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
