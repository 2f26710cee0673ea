-- listening: the asker of an anonymous question keeps a one-time edit secret (only its hash is
-- stored, never who asked) to edit, withdraw or follow the question; a withdrawn question stays
-- as a row with status WITHDRAWN so that live pages and counts can say it is gone.
ALTER TABLE listening_question ADD COLUMN edit_hash VARCHAR(64);
ALTER TABLE listening_question DROP CONSTRAINT listening_question_status;
ALTER TABLE listening_question ALTER COLUMN status SET DATA TYPE VARCHAR(10);
ALTER TABLE listening_question ALTER COLUMN status SET DEFAULT 'VISIBLE';
ALTER TABLE listening_question ADD CONSTRAINT listening_question_status
    CHECK (status IN ('HELD', 'VISIBLE', 'HIDDEN', 'WITHDRAWN'));
