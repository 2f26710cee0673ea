-- Listening: the suggestion box, themes and "You said, we did" actions.

CREATE TABLE listening_theme (
    id      UUID PRIMARY KEY,
    org_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name    VARCHAR(120) NOT NULL
);
CREATE INDEX listening_theme_org_idx ON listening_theme (org_id);

CREATE TABLE listening_suggestion (
    id             UUID PRIMARY KEY,
    org_id         UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    -- the author of a named suggestion; always null on an anonymous one
    author_id      UUID REFERENCES person (id) ON DELETE CASCADE,
    anonymous      BOOLEAN NOT NULL,
    body           VARCHAR(2000) NOT NULL,
    -- the day only, in the library's time zone
    posted_on      DATE NOT NULL,
    -- SHA-256 of the random edit secret the anonymous author keeps; null on named suggestions
    edit_hash      VARCHAR(64),
    -- OFF_TOPIC, PERSONAL_ATTACK, IDENTIFIES_SOMEONE, DUPLICATE or OTHER when a moderator hid it
    hidden_reason  VARCHAR(20),
    theme_id       UUID REFERENCES listening_theme (id) ON DELETE SET NULL,
    CONSTRAINT listening_suggestion_author CHECK (
        (anonymous = TRUE AND author_id IS NULL AND edit_hash IS NOT NULL)
        OR (anonymous = FALSE AND author_id IS NOT NULL AND edit_hash IS NULL))
);
CREATE INDEX listening_suggestion_org_idx ON listening_suggestion (org_id, posted_on);

-- one vote per person and item, recognized by HMAC(server key, person id + item id) (privacy.ItemHashes) only
CREATE TABLE listening_item_vote (
    voter_hash  VARCHAR(64) PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    item_kind   VARCHAR(20) NOT NULL,
    item_id     UUID NOT NULL
);
CREATE INDEX listening_item_vote_idx ON listening_item_vote (org_id, item_kind, item_id);

CREATE TABLE listening_action (
    id              UUID PRIMARY KEY,
    org_id          UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    title           VARCHAR(200) NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    owner_id        UUID REFERENCES person (id) ON DELETE SET NULL,
    -- CONSIDERING, PLANNED, IN_PROGRESS, DONE or WONT_DO (with its reason)
    status          VARCHAR(12) NOT NULL,
    wont_do_reason  VARCHAR(1000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT listening_action_reason CHECK (status <> 'WONT_DO' OR wont_do_reason IS NOT NULL)
);
CREATE INDEX listening_action_org_idx ON listening_action (org_id, status);

CREATE TABLE listening_action_update (
    id          UUID PRIMARY KEY,
    action_id   UUID NOT NULL REFERENCES listening_action (id) ON DELETE CASCADE,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    body        VARCHAR(2000) NOT NULL,
    -- the status the action had after this update
    status      VARCHAR(12) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX listening_action_update_idx ON listening_action_update (action_id, written_at);

-- the items behind an action: SUGGESTION (or, later, a session QUESTION) by id
CREATE TABLE listening_action_item (
    action_id  UUID NOT NULL REFERENCES listening_action (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    item_kind  VARCHAR(20) NOT NULL,
    item_id    UUID NOT NULL,
    PRIMARY KEY (action_id, item_kind, item_id)
);
CREATE INDEX listening_action_item_idx ON listening_action_item (org_id, item_kind, item_id);

-- when a person last looked at the actions board: one time per person, linked to no item
CREATE TABLE listening_seen (
    person_id  UUID PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
