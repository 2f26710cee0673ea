-- programs: a session can be moved or changed, and a program deleted with an undo.
-- calendar_sequence is the iCalendar SEQUENCE of a session, raised on every move or cancellation
-- so calendar apps replace the event they hold. A deleted program is hidden everywhere until it is
-- restored or, after a while, deleted for good (deleted_at).
ALTER TABLE program_session ADD COLUMN calendar_sequence INT NOT NULL DEFAULT 0;
ALTER TABLE program ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX program_deleted_idx ON program (deleted_at);
