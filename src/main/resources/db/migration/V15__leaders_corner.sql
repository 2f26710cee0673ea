-- wellbeing: the leaders' corner. Supervisors, wellness leads and admins write short reflections
-- on their own wellbeing, so that talking about it becomes normal. These are meant to be read:
-- plain text, not sealed. A TEAM post is seen by the author's direct and indirect reports; a
-- LIBRARY post by everyone in the library.

CREATE TABLE wellbeing_leader_post (
    id          UUID PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    author_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    title       VARCHAR(400),
    body        VARCHAR(2000) NOT NULL,
    -- TEAM or LIBRARY
    audience    VARCHAR(10) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT wellbeing_leader_post_audience CHECK (audience IN ('TEAM', 'LIBRARY'))
);
CREATE INDEX wellbeing_leader_post_org_idx ON wellbeing_leader_post (org_id, created_at);
CREATE INDEX wellbeing_leader_post_author_idx ON wellbeing_leader_post (org_id, author_id);
