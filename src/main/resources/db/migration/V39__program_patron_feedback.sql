-- Programs settings per library: how many days after a session its registrations are kept
-- (a library without a row keeps the instance's setting, 30 days by default).
CREATE TABLE program_settings (
    org_id                  UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    keep_registrations_days INT  NOT NULL,
    CONSTRAINT program_settings_keep CHECK (keep_registrations_days BETWEEN 1 AND 365)
);

-- Feedback from patrons: when the email asking a patron for feedback was sent (once per
-- registration; the first node to set it sends). The link in it is signed and names only the
-- session, so nothing stored ties an answer to the registration.
ALTER TABLE program_registration ADD COLUMN feedback_asked_at TIMESTAMP WITH TIME ZONE;
