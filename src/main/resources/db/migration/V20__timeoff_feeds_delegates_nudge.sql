-- timeoff: private calendar feeds, delegate approvers and the no-guilt nudge.

-- A private iCalendar feed. Only the SHA-256 of its secret is kept: the address is shown once.
-- Scope MINE: the owner's own requests; TEAM: people who share the owner's supervisor and the
-- owner's reports; BRANCH and DEPARTMENT: the people of unit_id. What a feed shows is worked out
-- from the owner's rights every time it is read.
CREATE TABLE timeoff_feed (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    scope       VARCHAR(12) NOT NULL,
    unit_id     UUID,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT timeoff_feed_token UNIQUE (token_hash),
    CONSTRAINT timeoff_feed_scope CHECK (scope IN ('MINE', 'TEAM', 'BRANCH', 'DEPARTMENT'))
);
CREATE INDEX timeoff_feed_person_idx ON timeoff_feed (org_id, person_id);

-- A supervisor's delegate for a range of the supervisor's local dates (both included): during it
-- the delegate sees and decides the requests whose approver is the supervisor.
CREATE TABLE timeoff_delegation (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    supervisor_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    delegate_id    UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    start_date     DATE NOT NULL,
    end_date       DATE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT timeoff_delegation_dates CHECK (end_date >= start_date),
    CONSTRAINT timeoff_delegation_self CHECK (delegate_id <> supervisor_id)
);
CREATE INDEX timeoff_delegation_supervisor_idx ON timeoff_delegation (org_id, supervisor_id, end_date);
CREATE INDEX timeoff_delegation_delegate_idx ON timeoff_delegation (org_id, delegate_id, end_date);

-- A library's no-guilt nudge: off by default; months without time off before a kind reminder.
CREATE TABLE timeoff_settings (
    org_id         UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    nudge_enabled  BOOLEAN NOT NULL,
    nudge_months   INT NOT NULL,
    CONSTRAINT timeoff_settings_months CHECK (nudge_months BETWEEN 1 AND 24)
);

-- Since when the nudge watches a person (ShelfCare cannot know about time off before that), and
-- when it last sent them a reminder.
CREATE TABLE timeoff_nudge (
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id      UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    watched_since  DATE NOT NULL,
    last_nudged    DATE,
    PRIMARY KEY (org_id, person_id)
);
