-- timeoff: each library's leave types and its people's leave requests. A request of a private
-- type shows only as "Out" to anyone but the requester; its note is sealed with the requester's
-- key, bound to this table, column and row.

-- A library's leave types, one row per code (VACATION, SICK, MENTAL_HEALTH_DAY, PERSONAL,
-- TRAINING, OTHER). A private type is always approved automatically (see docs/timeoff.md).
CREATE TABLE timeoff_leave_type (
    org_id          UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    code            VARCHAR(40) NOT NULL,
    position        INT NOT NULL,
    needs_approval  BOOLEAN NOT NULL,
    -- the notice the library expects, in days before the first day
    notice_days     INT NOT NULL,
    note_allowed    BOOLEAN NOT NULL,
    private_type    BOOLEAN NOT NULL,
    PRIMARY KEY (org_id, code),
    CONSTRAINT timeoff_leave_type_notice CHECK (notice_days BETWEEN 0 AND 365)
);

INSERT INTO timeoff_leave_type (org_id, code, position, needs_approval, notice_days, note_allowed, private_type)
SELECT o.id, t.code, t.position, t.needs_approval, t.notice_days, t.note_allowed, t.private_type
FROM organization o
CROSS JOIN (VALUES
    ('VACATION', 1, TRUE, 14, TRUE, FALSE),
    ('SICK', 2, FALSE, 0, TRUE, TRUE),
    ('MENTAL_HEALTH_DAY', 3, FALSE, 0, FALSE, TRUE),
    ('PERSONAL', 4, FALSE, 0, TRUE, TRUE),
    ('TRAINING', 5, TRUE, 7, TRUE, FALSE),
    ('OTHER', 6, TRUE, 0, TRUE, FALSE)
) AS t (code, position, needs_approval, notice_days, note_allowed, private_type);

CREATE TABLE timeoff_request (
    id                UUID PRIMARY KEY,
    org_id            UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id         UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    type_code         VARCHAR(40) NOT NULL,
    -- dates are the person's local dates; the range includes its end date
    start_date        DATE NOT NULL,
    end_date          DATE NOT NULL,
    -- FULL_DAYS, AM, PM or HOURS
    portion           VARCHAR(10) NOT NULL,
    start_time        TIME,
    end_time          TIME,
    -- sealed (encrypted) note to the approver, or null
    note              VARCHAR(4000),
    -- PENDING, APPROVED, DECLINED or CANCELLED
    status            VARCHAR(10) NOT NULL,
    -- the supervisor at the time of the request; null: the library's admins decide
    approver_id       UUID REFERENCES person (id) ON DELETE SET NULL,
    auto_approved     BOOLEAN NOT NULL,
    -- whether the type was private when the request was sent or last changed: a request sent as
    -- private stays "Out" to others even if an admin later makes its type public
    private_type      BOOLEAN NOT NULL,
    decided_by        UUID REFERENCES person (id) ON DELETE SET NULL,
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_comment  VARCHAR(2000),
    -- the one-time token of the form that sent it, so that a double click creates one request
    form_token        VARCHAR(64),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (org_id, type_code) REFERENCES timeoff_leave_type (org_id, code) ON DELETE CASCADE,
    CONSTRAINT timeoff_request_dates CHECK (end_date >= start_date),
    CONSTRAINT timeoff_request_portion CHECK (portion IN ('FULL_DAYS', 'AM', 'PM', 'HOURS')),
    CONSTRAINT timeoff_request_status CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED', 'CANCELLED')),
    CONSTRAINT timeoff_request_form_token UNIQUE (person_id, form_token)
);
CREATE INDEX timeoff_request_person_idx ON timeoff_request (org_id, person_id, start_date);
CREATE INDEX timeoff_request_dates_idx ON timeoff_request (org_id, start_date, end_date);
CREATE INDEX timeoff_request_approver_idx ON timeoff_request (org_id, approver_id, status);
