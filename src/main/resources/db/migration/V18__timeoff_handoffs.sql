-- timeoff: handoff plans ("Prepare The Others"). A leave request may carry a plan: an
-- out-of-office message, key contacts and a checklist of items (desk shifts, programs, meetings,
-- tasks), each with a colleague asked to cover it, who accepts or declines. Templates per
-- department give a list of items to start from. None of it names the kind of leave.

CREATE TABLE timeoff_handoff_plan (
    request_id     UUID PRIMARY KEY REFERENCES timeoff_request (id) ON DELETE CASCADE,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    out_of_office  VARCHAR(4000),
    key_contacts   VARCHAR(4000),
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE timeoff_handoff_item (
    id              UUID PRIMARY KEY,
    org_id          UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    request_id      UUID NOT NULL REFERENCES timeoff_request (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    -- DESK_SHIFT, PROGRAM, MEETING, TASK or OTHER
    kind            VARCHAR(20) NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    -- optional: a day within the absence (the requester's local date) and a time on it
    on_date         DATE,
    at_time         TIME,
    -- the colleague asked to cover it, or null while nobody is asked
    covering_id     UUID REFERENCES person (id) ON DELETE SET NULL,
    -- ASKED, ACCEPTED or DECLINED; null while nobody is asked
    answer          VARCHAR(10),
    decline_reason  VARCHAR(2000),
    answered_at     TIMESTAMP WITH TIME ZONE,
    -- the one-time token of the form that added it, so that a double click adds one item
    form_token      VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT timeoff_handoff_item_kind CHECK (kind IN ('DESK_SHIFT', 'PROGRAM', 'MEETING', 'TASK', 'OTHER')),
    CONSTRAINT timeoff_handoff_item_answer CHECK (answer IN ('ASKED', 'ACCEPTED', 'DECLINED')),
    CONSTRAINT timeoff_handoff_item_form_token UNIQUE (request_id, form_token)
);
CREATE INDEX timeoff_handoff_item_request_idx ON timeoff_handoff_item (org_id, request_id, position);
CREATE INDEX timeoff_handoff_item_covering_idx ON timeoff_handoff_item (org_id, covering_id);

CREATE TABLE timeoff_handoff_template (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    department_id  UUID NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    name           VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX timeoff_handoff_template_org_idx ON timeoff_handoff_template (org_id, department_id);

CREATE TABLE timeoff_handoff_template_item (
    template_id  UUID NOT NULL REFERENCES timeoff_handoff_template (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    kind         VARCHAR(20) NOT NULL,
    description  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT timeoff_handoff_template_item_kind CHECK (kind IN ('DESK_SHIFT', 'PROGRAM', 'MEETING', 'TASK', 'OTHER'))
);
