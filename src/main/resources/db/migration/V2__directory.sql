-- directory: organizations, branches, departments, people, roles, invitations, settings

-- exactly one row once first-run setup has happened; a second setup fails on the primary key
CREATE TABLE instance_setup (
    id          INT PRIMARY KEY,
    done_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT instance_setup_single CHECK (id = 1)
);

CREATE TABLE organization (
    id                  UUID PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    slug                VARCHAR(80)  NOT NULL UNIQUE,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    sample              BOOLEAN      NOT NULL DEFAULT FALSE,
    time_zone           VARCHAR(64)  NOT NULL DEFAULT 'America/New_York',
    default_locale      VARCHAR(8)   NOT NULL DEFAULT 'en',
    anonymity_threshold INT          NOT NULL DEFAULT 5,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT organization_threshold_floor CHECK (anonymity_threshold >= 3)
);

-- earlier slugs keep redirecting after a rename
CREATE TABLE organization_slug_history (
    slug    VARCHAR(80) PRIMARY KEY,
    org_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE
);

CREATE TABLE branch (
    id      UUID PRIMARY KEY,
    org_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT branch_name_unique UNIQUE (org_id, name)
);

CREATE TABLE department (
    id      UUID PRIMARY KEY,
    org_id  UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name    VARCHAR(200) NOT NULL,
    CONSTRAINT department_name_unique UNIQUE (org_id, name)
);

CREATE TABLE person (
    id               UUID PRIMARY KEY,
    org_id           UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name             VARCHAR(200) NOT NULL,
    email            VARCHAR(254) UNIQUE,
    username         VARCHAR(80)  UNIQUE,
    password_hash    VARCHAR(200),
    status           VARCHAR(16)  NOT NULL,
    pronouns         VARCHAR(60),
    job_title        VARCHAR(200),
    branch_id        UUID REFERENCES branch (id) ON DELETE SET NULL,
    department_id    UUID REFERENCES department (id) ON DELETE SET NULL,
    supervisor_id    UUID REFERENCES person (id) ON DELETE SET NULL,
    locale           VARCHAR(8),
    time_zone        VARCHAR(64),
    working_pattern  VARCHAR(120) NOT NULL DEFAULT 'MON,TUE,WED,THU,FRI',
    failed_sign_ins  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT person_login_present CHECK (email IS NOT NULL OR username IS NOT NULL)
);
CREATE INDEX person_org_idx ON person (org_id);
CREATE INDEX person_supervisor_idx ON person (supervisor_id);

CREATE TABLE person_role (
    person_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    org_id     UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (person_id, role)
);
CREATE INDEX person_role_org_idx ON person_role (org_id, role);

-- branches besides the home branch
CREATE TABLE person_branch (
    person_id  UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    branch_id  UUID NOT NULL REFERENCES branch (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, branch_id)
);

-- invitation and password reset links; only a hash of the token is kept
CREATE TABLE invitation (
    token_hash  VARCHAR(64) PRIMARY KEY,
    org_id      UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id   UUID NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    purpose     VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitation_person_idx ON invitation (person_id);

-- a library's own names for shared terms ("Belonging Committee" for "Wellness Committee")
CREATE TABLE organization_term (
    org_id    UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    term_key  VARCHAR(64)  NOT NULL,
    locale    VARCHAR(8)   NOT NULL,
    term_value VARCHAR(100) NOT NULL,
    PRIMARY KEY (org_id, term_key, locale)
);

-- modules a library has switched off (everything is on unless listed here)
CREATE TABLE organization_module (
    org_id   UUID NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    module   VARCHAR(32) NOT NULL,
    enabled  BOOLEAN NOT NULL,
    PRIMARY KEY (org_id, module)
);
