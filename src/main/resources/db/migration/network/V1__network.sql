CREATE SCHEMA IF NOT EXISTS network;

-- Areas: country > region > sub-region > municipality. path holds the codes from the top
-- ("/FI/19/SK191/698/") so that "this area and everything below it" is one indexed LIKE.
CREATE TABLE network.area (
    id            BIGSERIAL PRIMARY KEY,
    type          TEXT NOT NULL CHECK (type IN ('COUNTRY', 'REGION', 'SUBREGION', 'MUNICIPALITY')),
    code          TEXT NOT NULL CHECK (code ~ '^[A-Z0-9]{1,12}$'),
    parent_id     BIGINT REFERENCES network.area (id),
    region_id     BIGINT REFERENCES network.area (id),
    path          TEXT NOT NULL,
    name_fi       TEXT NOT NULL CHECK (length(name_fi) BETWEEN 1 AND 200),
    name_sv       TEXT CHECK (length(name_sv) <= 200),
    name_se       TEXT CHECK (length(name_se) <= 200),
    name_en       TEXT CHECK (length(name_en) <= 200),
    lat           DOUBLE PRECISION CHECK (lat BETWEEN -90 AND 90),
    lon           DOUBLE PRECISION CHECK (lon BETWEEN -180 AND 180),
    population    INTEGER CHECK (population >= 0),
    border        JSONB,
    lead_actor_id BIGINT,
    version       BIGINT NOT NULL DEFAULT 0,
    UNIQUE (code)
);
CREATE INDEX area_parent ON network.area (parent_id);
CREATE INDEX area_region ON network.area (region_id);
CREATE INDEX area_path ON network.area (path text_pattern_ops);

CREATE TABLE network.actor (
    id           BIGSERIAL PRIMARY KEY,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_sv      TEXT CHECK (length(name_sv) <= 200),
    sector       TEXT NOT NULL,
    level        TEXT NOT NULL CHECK (level IN ('NATIONAL', 'REGIONAL', 'LOCAL')),
    authority    BOOLEAN NOT NULL DEFAULT FALSE,
    home_area_id BIGINT NOT NULL REFERENCES network.area (id),
    business_id  TEXT CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
    website      TEXT CHECK (length(website) <= 300),
    email        TEXT CHECK (length(email) <= 200),
    phone        TEXT CHECK (length(phone) <= 50),
    description  TEXT CHECK (length(description) <= 4000),
    status       TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PENDING', 'REJECTED')),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX actor_name_in_area ON network.actor (lower(name), home_area_id);
CREATE UNIQUE INDEX actor_business_id ON network.actor (business_id) WHERE business_id IS NOT NULL;
CREATE INDEX actor_home_area ON network.actor (home_area_id);
CREATE INDEX actor_sector ON network.actor (sector);
CREATE INDEX actor_name ON network.actor (name, id);
CREATE INDEX actor_name_trgm ON network.actor USING gin (name gin_trgm_ops);

ALTER TABLE network.area ADD CONSTRAINT area_lead_actor FOREIGN KEY (lead_actor_id) REFERENCES network.actor (id);

-- Contact persons: only what is needed to reach someone in the cooperation.
CREATE TABLE network.contact_person (
    id        BIGSERIAL PRIMARY KEY,
    actor_id  BIGINT NOT NULL REFERENCES network.actor (id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    title     TEXT CHECK (length(title) <= 200),
    email     TEXT CHECK (length(email) <= 200),
    phone     TEXT CHECK (length(phone) <= 50),
    version   BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX contact_person_actor ON network.contact_person (actor_id);

CREATE TABLE network.cooperation_group (
    id             BIGSERIAL PRIMARY KEY,
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_sv        TEXT CHECK (length(name_sv) <= 200),
    kind           TEXT NOT NULL,
    owner_actor_id BIGINT NOT NULL REFERENCES network.actor (id),
    reports_to_id  BIGINT REFERENCES network.cooperation_group (id),
    mandate        TEXT CHECK (length(mandate) <= 4000),
    tasks          TEXT CHECK (length(tasks) <= 4000),
    term_start     DATE,
    term_end       DATE,
    area_id        BIGINT NOT NULL REFERENCES network.area (id),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    version        BIGINT NOT NULL DEFAULT 0,
    CHECK (reports_to_id IS NULL OR reports_to_id <> id),
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
);
CREATE INDEX group_area ON network.cooperation_group (area_id);
CREATE INDEX group_reports_to ON network.cooperation_group (reports_to_id);
CREATE INDEX group_owner ON network.cooperation_group (owner_actor_id);
CREATE INDEX group_name ON network.cooperation_group (name, id);

CREATE TABLE network.membership (
    id                BIGSERIAL PRIMARY KEY,
    group_id          BIGINT NOT NULL REFERENCES network.cooperation_group (id) ON DELETE CASCADE,
    actor_id          BIGINT NOT NULL REFERENCES network.actor (id),
    contact_person_id BIGINT REFERENCES network.contact_person (id) ON DELETE SET NULL,
    role              TEXT NOT NULL CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'SECRETARY', 'MEMBER', 'EXPERT')),
    term_start        DATE,
    term_end          DATE,
    version           BIGINT NOT NULL DEFAULT 0,
    CHECK (term_end IS NULL OR term_start IS NULL OR term_end >= term_start)
);
CREATE INDEX membership_group ON network.membership (group_id);
CREATE INDEX membership_actor ON network.membership (actor_id);

-- Meetings as Finnish bodies hold them: agenda items (§) with proposal and decision, minutes that
-- are checked, approved and then published to the group.
CREATE TABLE network.meeting (
    id                  BIGSERIAL PRIMARY KEY,
    group_id            BIGINT NOT NULL REFERENCES network.cooperation_group (id) ON DELETE CASCADE,
    title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    starts_at           TIMESTAMPTZ NOT NULL,
    ends_at             TIMESTAMPTZ,
    place               TEXT CHECK (length(place) <= 300),
    status              TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'HELD', 'APPROVED', 'PUBLISHED')),
    minute_checkers     TEXT CHECK (length(minute_checkers) <= 500),
    approved_at         TIMESTAMPTZ,
    approved_by         TEXT,
    published_at        TIMESTAMPTZ,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    version             BIGINT NOT NULL DEFAULT 0,
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX meeting_group ON network.meeting (group_id, starts_at DESC);
CREATE INDEX meeting_starts ON network.meeting (starts_at DESC);

CREATE TABLE network.meeting_attendance (
    id          BIGSERIAL PRIMARY KEY,
    meeting_id  BIGINT NOT NULL REFERENCES network.meeting (id) ON DELETE CASCADE,
    actor_id    BIGINT NOT NULL REFERENCES network.actor (id),
    person_name TEXT CHECK (length(person_name) <= 200),
    present     BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX attendance_meeting ON network.meeting_attendance (meeting_id);

CREATE TABLE network.meeting_item (
    id          BIGSERIAL PRIMARY KEY,
    meeting_id  BIGINT NOT NULL REFERENCES network.meeting (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number > 0),
    title       TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    proposal    TEXT CHECK (length(proposal) <= 8000),
    decision    TEXT CHECK (length(decision) <= 8000),
    version     BIGINT NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, number)
);

-- Action items decided in a meeting; the planning module turns them into measures.
CREATE TABLE network.action_item (
    id                   BIGSERIAL PRIMARY KEY,
    meeting_id           BIGINT NOT NULL REFERENCES network.meeting (id) ON DELETE CASCADE,
    item_id              BIGINT REFERENCES network.meeting_item (id) ON DELETE SET NULL,
    description          TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
    responsible_actor_id BIGINT REFERENCES network.actor (id),
    due_date             DATE,
    status               TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CONVERTED')),
    measure_id           BIGINT,
    version              BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX action_item_meeting ON network.action_item (meeting_id);
