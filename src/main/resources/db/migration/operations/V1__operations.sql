CREATE SCHEMA IF NOT EXISTS operations;

-- A disruption in normal conditions. risk_scenario_id names the risk scenario it realises; it is a
-- plain id (no foreign key) so that this module does not wait for the risks module's schema.
CREATE TABLE operations.disruption (
    id               BIGSERIAL PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('STORM', 'POWER_OUTAGE', 'FLOOD', 'FOREST_FIRE', 'WATER_CONTAMINATION',
                       'EXTREME_COLD', 'CYBER', 'MASS_CASUALTY', 'MISSING_PERSON', 'MIGRATION', 'OTHER')),
    title            TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description      TEXT CHECK (length(description) <= 4000),
    severity         TEXT NOT NULL CHECK (severity IN ('MINOR', 'MODERATE', 'SEVERE', 'EXTREME')),
    status           TEXT NOT NULL DEFAULT 'MONITORING' CHECK (status IN ('MONITORING', 'ACTIVE', 'RECOVERY', 'CLOSED')),
    lead_actor_id    BIGINT NOT NULL REFERENCES network.actor (id),
    region_id        BIGINT NOT NULL REFERENCES network.area (id),
    risk_scenario_id BIGINT,
    public_alert     BOOLEAN NOT NULL DEFAULT FALSE,
    public_summary   TEXT CHECK (length(public_summary) <= 2000),
    started_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    ended_at         TIMESTAMPTZ,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    version          BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX disruption_status ON operations.disruption (status, region_id);
CREATE INDEX disruption_started ON operations.disruption (started_at DESC, id DESC);

CREATE TABLE operations.disruption_area (
    disruption_id BIGINT NOT NULL REFERENCES operations.disruption (id),
    area_id       BIGINT NOT NULL REFERENCES network.area (id),
    PRIMARY KEY (disruption_id, area_id)
);
CREATE INDEX disruption_area_area ON operations.disruption_area (area_id);

-- CAP alerts received, each once (sender, identifier, sent), and the disruption it opened or updated.
CREATE TABLE operations.cap_alert (
    id            BIGSERIAL PRIMARY KEY,
    disruption_id BIGINT REFERENCES operations.disruption (id),
    identifier    TEXT NOT NULL,
    sender        TEXT NOT NULL,
    sent          TEXT NOT NULL,
    msg_type      TEXT NOT NULL,
    xml           TEXT NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (sender, identifier, sent)
);
CREATE INDEX cap_alert_identifier ON operations.cap_alert (identifier);

-- The situation log is never rewritten: a correction is a new entry that names the one it corrects,
-- and a trigger refuses every UPDATE and DELETE.
CREATE TABLE operations.log_entry (
    id              BIGSERIAL PRIMARY KEY,
    disruption_id   BIGINT NOT NULL REFERENCES operations.disruption (id),
    kind            TEXT NOT NULL CHECK (kind IN ('OBSERVATION', 'DECISION', 'TASK', 'REQUEST', 'MEDIA')),
    text            TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    occurred_at     TIMESTAMPTZ NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    author_user_id  BIGINT,
    author_name     TEXT NOT NULL,
    author_actor_id BIGINT REFERENCES network.actor (id),
    lat             DOUBLE PRECISION CHECK (lat BETWEEN 59 AND 71),
    lon             DOUBLE PRECISION CHECK (lon BETWEEN 19 AND 32),
    corrects_id     BIGINT REFERENCES operations.log_entry (id)
);
CREATE INDEX log_entry_disruption ON operations.log_entry (disruption_id, occurred_at DESC, id DESC);
CREATE INDEX log_entry_corrects ON operations.log_entry (corrects_id) WHERE corrects_id IS NOT NULL;

CREATE FUNCTION operations.log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the situation log is append-only; add a correction instead';
END $$;
CREATE TRIGGER log_entry_append_only BEFORE UPDATE OR DELETE ON operations.log_entry
    FOR EACH ROW EXECUTE FUNCTION operations.log_is_append_only();

-- Resource requests, the offers owners make, and the commitments the authority in charge makes of them.
CREATE TABLE operations.resource_request (
    id                    BIGSERIAL PRIMARY KEY,
    disruption_id         BIGINT NOT NULL REFERENCES operations.disruption (id),
    resource_type_id      BIGINT NOT NULL REFERENCES resources.resource_type (id),
    quantity              INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    needed_by             TIMESTAMPTZ,
    area_id               BIGINT REFERENCES network.area (id),
    lat                   DOUBLE PRECISION CHECK (lat BETWEEN 59 AND 71),
    lon                   DOUBLE PRECISION CHECK (lon BETWEEN 19 AND 32),
    description           TEXT CHECK (length(description) <= 2000),
    status                TEXT NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FILLED', 'CANCELLED')),
    requested_by_actor_id BIGINT NOT NULL REFERENCES network.actor (id),
    requested_by          TEXT NOT NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    version               BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX request_disruption ON operations.resource_request (disruption_id, id);
CREATE INDEX request_status ON operations.resource_request (status);

CREATE TABLE operations.request_recipient (
    request_id BIGINT NOT NULL REFERENCES operations.resource_request (id),
    actor_id   BIGINT NOT NULL REFERENCES network.actor (id),
    PRIMARY KEY (request_id, actor_id)
);

CREATE TABLE operations.offer (
    id          BIGSERIAL PRIMARY KEY,
    request_id  BIGINT NOT NULL REFERENCES operations.resource_request (id),
    resource_id BIGINT NOT NULL REFERENCES resources.resource (id),
    actor_id    BIGINT NOT NULL REFERENCES network.actor (id),
    quantity    INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    eta         TIMESTAMPTZ,
    note        TEXT CHECK (length(note) <= 1000),
    status      TEXT NOT NULL DEFAULT 'OFFERED' CHECK (status IN ('OFFERED', 'COMMITTED', 'DECLINED', 'WITHDRAWN')),
    offered_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX offer_request ON operations.offer (request_id);

CREATE TABLE operations.commitment (
    id           BIGSERIAL PRIMARY KEY,
    offer_id     BIGINT NOT NULL REFERENCES operations.offer (id),
    request_id   BIGINT NOT NULL REFERENCES operations.resource_request (id),
    resource_id  BIGINT NOT NULL REFERENCES resources.resource (id),
    quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    status       TEXT NOT NULL DEFAULT 'COMMITTED' CHECK (status IN ('COMMITTED', 'DEPLOYED', 'RELEASED')),
    eta          TIMESTAMPTZ,
    committed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    committed_by TEXT NOT NULL,
    deployed_at  TIMESTAMPTZ,
    released_at  TIMESTAMPTZ,
    version      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX commitment_request ON operations.commitment (request_id);
CREATE INDEX commitment_offer ON operations.commitment (offer_id);

-- Every change of a disruption's picture, in order: the event stream replays these after a
-- Last-Event-ID, and the trigger tells every node (LISTEN operations_event) when one commits.
CREATE TABLE operations.event (
    id            BIGSERIAL PRIMARY KEY,
    disruption_id BIGINT NOT NULL REFERENCES operations.disruption (id),
    type          TEXT NOT NULL,
    item_id       TEXT,
    summary       TEXT,
    at            TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX event_disruption ON operations.event (disruption_id, id);

CREATE FUNCTION operations.notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('operations_event', NEW.disruption_id || ':' || NEW.id);
    RETURN NULL;
END $$;
CREATE TRIGGER event_notify AFTER INSERT ON operations.event
    FOR EACH ROW EXECUTE FUNCTION operations.notify_event();

-- Situation reports issued, numbered per disruption (EDXL-SitRep header fields).
CREATE TABLE operations.situation_report (
    id             BIGSERIAL PRIMARY KEY,
    disruption_id  BIGINT NOT NULL REFERENCES operations.disruption (id),
    number         INTEGER NOT NULL,
    period_start   TIMESTAMPTZ NOT NULL,
    period_end     TIMESTAMPTZ NOT NULL,
    prepared_by    TEXT NOT NULL,
    authorised_by  TEXT CHECK (length(authorised_by) <= 200),
    severity       TEXT NOT NULL,
    confidence     TEXT NOT NULL CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    summary        TEXT CHECK (length(summary) <= 4000),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (disruption_id, number),
    CHECK (period_end >= period_start)
);

-- Exercises: scenario_id names a risk scenario (plain id, as above).
CREATE TABLE operations.exercise (
    id                 BIGSERIAL PRIMARY KEY,
    title              TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    kind               TEXT NOT NULL CHECK (kind IN ('TABLETOP', 'FUNCTIONAL', 'FULL_SCALE')),
    scenario_id        BIGINT,
    region_id          BIGINT NOT NULL REFERENCES network.area (id),
    organiser_actor_id BIGINT NOT NULL REFERENCES network.actor (id),
    start_date         DATE NOT NULL,
    end_date           DATE,
    description        TEXT CHECK (length(description) <= 4000),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE TABLE operations.exercise_participant (
    exercise_id BIGINT NOT NULL REFERENCES operations.exercise (id) ON DELETE CASCADE,
    actor_id    BIGINT NOT NULL REFERENCES network.actor (id),
    PRIMARY KEY (exercise_id, actor_id)
);
CREATE TABLE operations.exercise_observation (
    id          BIGSERIAL PRIMARY KEY,
    exercise_id BIGINT NOT NULL REFERENCES operations.exercise (id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    author_name TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE operations.lesson (
    id          BIGSERIAL PRIMARY KEY,
    exercise_id BIGINT NOT NULL REFERENCES operations.exercise (id) ON DELETE CASCADE,
    text        TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    measure_id  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT NOT NULL DEFAULT 0
);
