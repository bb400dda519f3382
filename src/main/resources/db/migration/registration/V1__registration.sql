CREATE SCHEMA IF NOT EXISTS registration;

-- Self-registrations of NGOs, parishes and businesses. The actor and the user are created PENDING at
-- once (the coordinator sees the registration at once); the address is confirmed with a single-use
-- token of which only a SHA-256 is kept; the coordinator then approves or rejects.
CREATE TABLE registration.registration (
    id                BIGSERIAL PRIMARY KEY,
    organisation_name TEXT NOT NULL CHECK (length(organisation_name) BETWEEN 1 AND 200),
    sector            TEXT NOT NULL,
    business_id       TEXT,
    home_area_id      BIGINT NOT NULL REFERENCES network.area (id),
    region_id         BIGINT REFERENCES network.area (id),
    email             TEXT NOT NULL CHECK (length(email) <= 200),
    username          TEXT NOT NULL,
    language          TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
    actor_id          BIGINT REFERENCES network.actor (id) ON DELETE SET NULL,
    user_id           BIGINT REFERENCES identity.app_user (id) ON DELETE SET NULL,
    status            TEXT NOT NULL DEFAULT 'RECEIVED'
                      CHECK (status IN ('RECEIVED', 'CONFIRMED', 'APPROVED', 'REJECTED')),
    token_hash        TEXT UNIQUE,
    token_expires_at  TIMESTAMPTZ,
    confirmed_at      TIMESTAMPTZ,
    decided_at        TIMESTAMPTZ,
    decided_by        TEXT,
    reject_reason     TEXT CHECK (length(reject_reason) <= 2000),
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    version           BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX registration_region ON registration.registration (region_id, status, created_at DESC);
CREATE INDEX registration_email ON registration.registration (lower(email));

-- Sign-up attempts for the flood limits (per client address and per e-mail address, per hour).
-- Only hashes are kept; rows older than a day are removed as new ones come in.
CREATE TABLE registration.signup_attempt (
    id           BIGSERIAL PRIMARY KEY,
    address_hash TEXT NOT NULL,
    email_hash   TEXT NOT NULL,
    at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX signup_attempt_address ON registration.signup_attempt (address_hash, at);
CREATE INDEX signup_attempt_email ON registration.signup_attempt (email_hash, at);
CREATE INDEX signup_attempt_at ON registration.signup_attempt (at);

-- Requests of an organisation's users that the coordinator or a group's chair answers.
CREATE TABLE registration.join_request (
    id            BIGSERIAL PRIMARY KEY,
    group_id      BIGINT NOT NULL REFERENCES network.cooperation_group (id) ON DELETE CASCADE,
    actor_id      BIGINT NOT NULL REFERENCES network.actor (id) ON DELETE CASCADE,
    region_id     BIGINT REFERENCES network.area (id),
    requested_by  BIGINT REFERENCES identity.app_user (id) ON DELETE SET NULL,
    role          TEXT NOT NULL DEFAULT 'MEMBER' CHECK (role IN ('MEMBER', 'EXPERT')),
    message       TEXT CHECK (length(message) <= 2000),
    status        TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at    TIMESTAMPTZ,
    decided_by    TEXT,
    reason        TEXT CHECK (length(reason) <= 2000),
    membership_id BIGINT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX join_request_open ON registration.join_request (group_id, actor_id) WHERE status = 'PENDING';
CREATE INDEX join_request_actor ON registration.join_request (actor_id);
CREATE INDEX join_request_region ON registration.join_request (region_id, status);

CREATE TABLE registration.measure_proposal (
    id            BIGSERIAL PRIMARY KEY,
    actor_id      BIGINT NOT NULL REFERENCES network.actor (id) ON DELETE CASCADE,
    region_id     BIGINT REFERENCES network.area (id),
    requested_by  BIGINT REFERENCES identity.app_user (id) ON DELETE SET NULL,
    title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description   TEXT CHECK (length(description) <= 4000),
    area_codes    TEXT[] NOT NULL DEFAULT '{}',
    themes        TEXT[] NOT NULL DEFAULT '{}',
    target_groups TEXT[] NOT NULL DEFAULT '{}',
    emphasis      TEXT,
    start_date    DATE,
    end_date      DATE,
    status        TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at    TIMESTAMPTZ,
    decided_by    TEXT,
    reason        TEXT CHECK (length(reason) <= 2000),
    measure_id    TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX measure_proposal_actor ON registration.measure_proposal (actor_id);
CREATE INDEX measure_proposal_region ON registration.measure_proposal (region_id, status);

CREATE TABLE registration.resource_offer (
    id                 BIGSERIAL PRIMARY KEY,
    actor_id           BIGINT NOT NULL REFERENCES network.actor (id) ON DELETE CASCADE,
    region_id          BIGINT REFERENCES network.area (id),
    requested_by       BIGINT REFERENCES identity.app_user (id) ON DELETE SET NULL,
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    resource_type_code TEXT NOT NULL CHECK (length(resource_type_code) <= 60),
    quantity           INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    area_code          TEXT NOT NULL,
    description        TEXT CHECK (length(description) <= 4000),
    availability       TEXT CHECK (length(availability) <= 60),
    activation_minutes INTEGER CHECK (activation_minutes BETWEEN 0 AND 525600),
    status             TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at         TIMESTAMPTZ,
    decided_by         TEXT,
    reason             TEXT CHECK (length(reason) <= 2000),
    resource_id        TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX resource_offer_actor ON registration.resource_offer (actor_id);
CREATE INDEX resource_offer_region ON registration.resource_offer (region_id, status);
