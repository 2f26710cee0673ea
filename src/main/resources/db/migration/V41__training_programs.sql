-- training: a catalog item may name the program (programs module) where it is offered, by id
-- (no foreign key across modules: a program that is gone simply shows no sessions)
ALTER TABLE training_item ADD COLUMN program_id UUID;

-- a completion recorded when the person was checked in at a session of that program: once per session and training
ALTER TABLE training_completion ADD COLUMN session_id UUID;
CREATE UNIQUE INDEX training_completion_session ON training_completion (org_id, person_id, session_id, item_id);
