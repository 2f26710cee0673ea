-- The web origins (https://host[:port]) allowed to show a library's embeddable program listing
-- (/p/<slug>/embed) in a frame; none by default, so the listing cannot be framed.
CREATE TABLE program_embed_origin (
    org_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    origin  VARCHAR(300) NOT NULL,
    PRIMARY KEY (org_id, origin)
);
