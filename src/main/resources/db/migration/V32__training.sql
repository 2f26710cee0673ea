-- training: the library's catalog, who must take what and how often, completions with an
-- optional certificate, and the reminders already sent (so each goes out once)

-- one row per library once its default catalog entries were added (so deleting none comes back)
CREATE TABLE training_seeded (
    org_id UUID PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE
);

CREATE TABLE training_item (
    id               UUID          PRIMARY KEY,
    org_id           UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    code             VARCHAR(40),
    title            VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000),
    provider         VARCHAR(200),
    link             VARCHAR(1000),
    format           VARCHAR(20)   NOT NULL,
    duration_minutes INTEGER,
    recert_months    INTEGER,
    retired          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (org_id, code)
);

-- audience_kind EVERYONE, ROLE (value: a role code), JOB_TITLE (value: the title), DEPARTMENT (value: its id)
CREATE TABLE training_requirement (
    id              UUID         PRIMARY KEY,
    org_id          UUID         NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    item_id         UUID         NOT NULL REFERENCES training_item (id) ON DELETE CASCADE,
    audience_kind   VARCHAR(20)  NOT NULL,
    audience_value  VARCHAR(200),
    interval_months INTEGER,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX training_requirement_org ON training_requirement (org_id);

-- status PENDING (counts, awaiting a lead), VERIFIED or REJECTED (does not count)
CREATE TABLE training_completion (
    id               UUID          PRIMARY KEY,
    org_id           UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    item_id          UUID          NOT NULL REFERENCES training_item (id) ON DELETE CASCADE,
    person_id        UUID          NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    completed_on     DATE          NOT NULL,
    note             VARCHAR(2000),
    certificate_name VARCHAR(200),
    certificate_type VARCHAR(100),
    certificate      BYTEA,
    status           VARCHAR(20)   NOT NULL,
    reviewed_by      UUID,
    reviewed_at      TIMESTAMP WITH TIME ZONE,
    reject_reason    VARCHAR(1000),
    form_token       VARCHAR(100),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a double click on the form records one completion
    UNIQUE (org_id, person_id, form_token)
);
CREATE INDEX training_completion_person ON training_completion (org_id, person_id, item_id);

-- kind SOON (some days before expiry) or OVERDUE; one row per expiry date, so each is sent once
CREATE TABLE training_reminder (
    org_id     UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id  UUID        NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    item_id    UUID        NOT NULL REFERENCES training_item (id) ON DELETE CASCADE,
    expires_on DATE        NOT NULL,
    kind       VARCHAR(10) NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, person_id, item_id, expires_on, kind)
);
