-- programs: a reminder the day before a session, sent once per registration. reminded_at marks it
-- sent (whichever node runs the job, the first to set it sends); the reminder to a patron carries a
-- fresh cancel link, whose SHA-256 is kept beside the one from the confirmation email. locale is
-- the language a patron registered in, for the reminder and a cancellation notice.
ALTER TABLE program_registration ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE program_registration ADD COLUMN reminder_cancel_hash VARCHAR(64);
ALTER TABLE program_registration ADD COLUMN locale VARCHAR(20);
