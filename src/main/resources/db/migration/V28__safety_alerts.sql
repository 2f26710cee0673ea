-- safety: alerts with "I'm safe / I need help", their templates per type, and the library's chat webhooks

-- plain-language wording per alert type, per library (defaults come from the message bundles)
CREATE TABLE safety_alert_template (
    org_id      UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    type        VARCHAR(40)   NOT NULL,
    headline    VARCHAR(200)  NOT NULL,
    message     VARCHAR(4000) NOT NULL,
    all_clear   VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  UUID,
    PRIMARY KEY (org_id, type)
);

CREATE TABLE safety_alert_setting (
    org_id          UUID    PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
    staff_may_alert BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE safety_alert (
    id                 UUID          PRIMARY KEY,
    org_id             UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    type               VARCHAR(40)   NOT NULL,
    headline           VARCHAR(200)  NOT NULL,
    message            VARCHAR(4000) NOT NULL,
    drill              BOOLEAN       NOT NULL,
    whole_library      BOOLEAN       NOT NULL,
    sent_by            UUID          NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    form_token         VARCHAR(100),
    all_clear_at       TIMESTAMP WITH TIME ZONE,
    all_clear_by       UUID,
    all_clear_message  VARCHAR(4000),
    CONSTRAINT safety_alert_form_token UNIQUE (org_id, sent_by, form_token)
);
CREATE INDEX safety_alert_org ON safety_alert (org_id, sent_at);

CREATE TABLE safety_alert_branch (
    alert_id   UUID NOT NULL REFERENCES safety_alert (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL,
    branch_id  UUID NOT NULL,
    PRIMARY KEY (alert_id, branch_id)
);

-- who was alerted and how they answered; the answer link's secret is kept only as its hash
CREATE TABLE safety_alert_recipient (
    alert_id          UUID         NOT NULL REFERENCES safety_alert (id) ON DELETE CASCADE,
    org_id            UUID         NOT NULL,
    person_id         UUID         NOT NULL,
    name              VARCHAR(200) NOT NULL,
    token_hash        VARCHAR(64)  NOT NULL,
    token_expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(16),
    answered_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (alert_id, person_id),
    CONSTRAINT safety_alert_recipient_token UNIQUE (token_hash)
);
CREATE INDEX safety_alert_recipient_person ON safety_alert_recipient (org_id, person_id);

CREATE TABLE safety_chat_webhook (
    id          UUID          PRIMARY KEY,
    org_id      UUID          NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name        VARCHAR(100)  NOT NULL,
    url         VARCHAR(2000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safety_chat_webhook_org ON safety_chat_webhook (org_id);

-- posts to chat webhooks wait here until delivered, retried with growing pauses
CREATE TABLE safety_webhook_delivery (
    id               UUID          PRIMARY KEY,
    org_id           UUID          NOT NULL,
    webhook_id       UUID          NOT NULL REFERENCES safety_chat_webhook (id) ON DELETE CASCADE,
    alert_id         UUID          NOT NULL REFERENCES safety_alert (id) ON DELETE CASCADE,
    body             VARCHAR(8000) NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at     TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX safety_webhook_delivery_due ON safety_webhook_delivery (delivered_at, next_attempt_at);
