-- A session's own room and online link; empty means the program's.
ALTER TABLE program_session ADD COLUMN room VARCHAR(200);
ALTER TABLE program_session ADD COLUMN online_url VARCHAR(500);
