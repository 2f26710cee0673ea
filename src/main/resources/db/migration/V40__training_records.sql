-- training records: a person's start date (directory), "within N days of joining" on a requirement,
-- and who recorded a completion on someone's behalf

-- the day a person started at the library; when empty, the day they were added counts
ALTER TABLE person ADD COLUMN started_on DATE;

-- new staff have this many days from their start date before a never-done training is overdue
ALTER TABLE training_requirement ADD COLUMN within_days INTEGER;

-- the lead who recorded a completion for someone (it is verified at once); empty when the person did
ALTER TABLE training_completion ADD COLUMN recorded_by UUID;
