-- directory: the sample library. At most one at a time (the single-row check), removed with its
-- organization. Its password is the one shared, made-up password of the sample's fictional staff,
-- shown on screen to whoever may load the sample; no real account ever uses it.
CREATE TABLE sample_library (
    id          INT PRIMARY KEY,
    org_id      UUID NOT NULL UNIQUE REFERENCES organization (id) ON DELETE CASCADE,
    password    VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sample_library_single CHECK (id = 1)
);
