CREATE SCHEMA IF NOT EXISTS resources;

-- The typed catalogue: what a resource is, what it is for, how capable (NIMS type level I-IV,
-- I the most capable) and in which unit it is counted. A region adds its own types.
CREATE TABLE resources.resource_type (
    id            BIGSERIAL PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    name_fi       TEXT NOT NULL CHECK (length(name_fi) BETWEEN 1 AND 200),
    name_sv       TEXT CHECK (length(name_sv) <= 200),
    name_en       TEXT CHECK (length(name_en) <= 200),
    kind          TEXT NOT NULL CHECK (kind IN ('PERSONNEL', 'TEAM', 'VEHICLE', 'EQUIPMENT', 'FACILITY', 'SUPPLIES', 'SERVICE')),
    function      TEXT NOT NULL,
    capability_fi TEXT CHECK (length(capability_fi) <= 500),
    capability_sv TEXT CHECK (length(capability_sv) <= 500),
    capability_en TEXT CHECK (length(capability_en) <= 500),
    type_level    SMALLINT NOT NULL CHECK (type_level BETWEEN 1 AND 4),
    unit          TEXT NOT NULL,
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    built_in      BOOLEAN NOT NULL DEFAULT FALSE,
    version       BIGINT NOT NULL DEFAULT 0
);

-- The registry. pos is the exact location and area_pos the centre of its municipality, both in
-- ETRS-TM35FIN metres (easting, northing), so that the GiST index finds the nearest by true
-- distance; callers who may not see exact locations are ranked by area_pos only.
-- committed counts the units committed to disruptions and not yet released (operations keeps it
-- with one guarded UPDATE, so that the last unit cannot be committed twice).
CREATE TABLE resources.resource (
    id                 BIGSERIAL PRIMARY KEY,
    owner_actor_id     BIGINT NOT NULL REFERENCES network.actor (id),
    type_id            BIGINT NOT NULL REFERENCES resources.resource_type (id),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description        TEXT CHECK (length(description) <= 4000),
    quantity           INTEGER NOT NULL CHECK (quantity BETWEEN 0 AND 1000000),
    committed          INTEGER NOT NULL DEFAULT 0 CHECK (committed >= 0),
    area_id            BIGINT NOT NULL REFERENCES network.area (id),
    region_id          BIGINT REFERENCES network.area (id),
    lat                DOUBLE PRECISION NOT NULL CHECK (lat BETWEEN 59 AND 71),
    lon                DOUBLE PRECISION NOT NULL CHECK (lon BETWEEN 19 AND 32),
    pos                POINT NOT NULL,
    area_pos           POINT NOT NULL,
    availability       TEXT NOT NULL CHECK (availability IN ('AVAILABLE', 'LIMITED', 'UNAVAILABLE')),
    activation_minutes INTEGER NOT NULL CHECK (activation_minutes BETWEEN 0 AND 10080),
    contact_247        TEXT CHECK (length(contact_247) <= 300),
    agreement_status   TEXT NOT NULL CHECK (agreement_status IN ('NONE', 'VERBAL', 'WRITTEN', 'FRAMEWORK')),
    confidentiality    TEXT NOT NULL CHECK (confidentiality IN ('PUBLIC', 'RESTRICTED')),
    last_verified      DATE,
    reminded_at        TIMESTAMPTZ,
    offer_id           TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT resource_committed_within_quantity CHECK (committed <= quantity)
);
CREATE INDEX resource_pos ON resources.resource USING gist (pos);
CREATE INDEX resource_area_pos ON resources.resource USING gist (area_pos);
CREATE INDEX resource_by_type ON resources.resource (type_id);
CREATE INDEX resource_owner ON resources.resource (owner_actor_id);
CREATE INDEX resource_area ON resources.resource (area_id);
CREATE INDEX resource_region ON resources.resource (region_id);
CREATE INDEX resource_name ON resources.resource (name, id);
CREATE INDEX resource_verified ON resources.resource (last_verified);

-- For the analysis module (ADR 0007): where resources of each type are and how many are free,
-- without contacts.
CREATE VIEW resources.v_resource_availability AS
SELECT t.code AS resource_type_code, r.area_id, r.lat, r.lon, r.quantity - r.committed AS quantity, r.availability
  FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id;
