-- notifications: the in-app notification center, preferences and quiet hours, the email outbox

-- messages are stored as a key and arguments, so each one is shown in the reader's language
CREATE TABLE notification (
    id           UUID PRIMARY KEY,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    type         VARCHAR(64)  NOT NULL,
    message_key  VARCHAR(200) NOT NULL,
    args         VARCHAR(8000) NOT NULL,
    link         VARCHAR(500),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_person_idx ON notification (org_id, person_id, created_at);

-- a person's choice per kind of notification; no row means both in-app and email are on
CREATE TABLE notification_preference (
    person_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    type       VARCHAR(64) NOT NULL,
    in_app     BOOLEAN NOT NULL,
    email      BOOLEAN NOT NULL,
    PRIMARY KEY (person_id, type)
);

-- quiet hours in the person's own time zone; days are the days on which the quiet time starts
CREATE TABLE notification_quiet_hours (
    person_id    UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    org_id       UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    enabled      BOOLEAN NOT NULL,
    quiet_start  TIME NOT NULL,
    quiet_end    TIME NOT NULL,
    quiet_days   VARCHAR(80) NOT NULL
);

-- every email goes through here: kept until sent, retried with backoff while SMTP is away
CREATE TABLE email_outbox (
    id               UUID PRIMARY KEY,
    org_id           UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body_text        VARCHAR NOT NULL,
    body_html        VARCHAR,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    not_before       TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts         INT NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000)
);
CREATE INDEX email_outbox_due_idx ON email_outbox (sent_at, next_attempt_at);
