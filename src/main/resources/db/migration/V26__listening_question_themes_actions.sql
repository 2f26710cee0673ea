-- listening: session questions go into the library's themes (the same themes as suggestions), and
-- news about a question (its written answer) is worked out when people look. The asker of a
-- question may have last looked at it (with their secret, or by name) on a day: only that day is
-- kept on the question row itself, never who looked.
ALTER TABLE listening_question ADD COLUMN theme_id UUID REFERENCES listening_theme (id) ON DELETE SET NULL;
ALTER TABLE listening_question ADD COLUMN answered_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE listening_question ADD COLUMN asker_seen_on DATE;
CREATE INDEX listening_question_theme_idx ON listening_question (org_id, theme_id);
