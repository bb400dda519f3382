CREATE SCHEMA IF NOT EXISTS risks;

-- Scales a region defines for its risk assessment: one likelihood dimension and impact
-- dimensions (deaths, injured, evacuated…), each with numbered levels 1..n and, where the
-- dimension is measured, the band [lower, upper) of each level. That the bands leave no gap is
-- checked by the service, which sees the whole scale at once.
CREATE TABLE risks.scale (
    id          BIGSERIAL PRIMARY KEY,
    region_id   BIGINT NOT NULL REFERENCES network.area (id),
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_sv     TEXT CHECK (length(name_sv) <= 200),
    name_en     TEXT CHECK (length(name_en) <= 200),
    description TEXT CHECK (length(description) <= 4000),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX scale_name_in_region ON risks.scale (region_id, lower(name));

CREATE TABLE risks.scale_dimension (
    id        BIGSERIAL PRIMARY KEY,
    scale_id  BIGINT NOT NULL REFERENCES risks.scale (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('LIKELIHOOD', 'IMPACT')),
    code      TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_sv   TEXT CHECK (length(name_sv) <= 200),
    name_en   TEXT CHECK (length(name_en) <= 200),
    unit      TEXT CHECK (length(unit) <= 100),
    unit_sv   TEXT CHECK (length(unit_sv) <= 100),
    unit_en   TEXT CHECK (length(unit_en) <= 100),
    position  INTEGER NOT NULL,
    UNIQUE (scale_id, code)
);
CREATE UNIQUE INDEX scale_one_likelihood ON risks.scale_dimension (scale_id) WHERE kind = 'LIKELIHOOD';

CREATE TABLE risks.scale_level (
    dimension_id BIGINT NOT NULL REFERENCES risks.scale_dimension (id) ON DELETE CASCADE,
    level        SMALLINT NOT NULL CHECK (level BETWEEN 1 AND 10),
    label        TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 300),
    label_sv     TEXT CHECK (length(label_sv) <= 300),
    label_en     TEXT CHECK (length(label_en) <= 300),
    lower_bound  NUMERIC(20, 6),
    upper_bound  NUMERIC(20, 6),
    PRIMARY KEY (dimension_id, level),
    CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound < upper_bound)
);

-- A risk scenario of a region's assessment. mean_impact, score and residual_score are derived on
-- every write (score = mean impact × likelihood) so that lists sort and filter on them.
CREATE TABLE risks.scenario (
    id                  BIGSERIAL PRIMARY KEY,
    region_id           BIGINT NOT NULL REFERENCES network.area (id),
    scale_id            BIGINT NOT NULL REFERENCES risks.scale (id),
    title               TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    title_sv            TEXT CHECK (length(title_sv) <= 300),
    title_en            TEXT CHECK (length(title_en) <= 300),
    description         TEXT CHECK (length(description) <= 8000),
    description_sv      TEXT CHECK (length(description_sv) <= 8000),
    category            TEXT NOT NULL,
    owner_actor_id      BIGINT NOT NULL REFERENCES network.actor (id),
    review_date         DATE,
    likelihood          SMALLINT NOT NULL CHECK (likelihood BETWEEN 1 AND 10),
    mean_impact         NUMERIC(6, 3) NOT NULL,
    score               NUMERIC(7, 3) NOT NULL,
    reliability         TEXT NOT NULL CHECK (reliability IN ('LOW', 'MEDIUM', 'HIGH')),
    residual_likelihood SMALLINT CHECK (residual_likelihood BETWEEN 1 AND 10),
    residual_impact     SMALLINT CHECK (residual_impact BETWEEN 1 AND 10),
    residual_score      NUMERIC(7, 3),
    restricted          BOOLEAN NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    version             BIGINT NOT NULL DEFAULT 0,
    CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL))
);
CREATE INDEX scenario_region ON risks.scenario (region_id, score DESC, id);
CREATE INDEX scenario_title ON risks.scenario (title, id);
CREATE INDEX scenario_scale ON risks.scenario (scale_id);
CREATE INDEX scenario_owner ON risks.scenario (owner_actor_id);

CREATE TABLE risks.scenario_impact (
    scenario_id    BIGINT NOT NULL REFERENCES risks.scenario (id) ON DELETE CASCADE,
    dimension_code TEXT NOT NULL,
    level          SMALLINT NOT NULL CHECK (level BETWEEN 1 AND 10),
    PRIMARY KEY (scenario_id, dimension_code)
);

CREATE TABLE risks.scenario_area (
    scenario_id BIGINT NOT NULL REFERENCES risks.scenario (id) ON DELETE CASCADE,
    area_id     BIGINT NOT NULL REFERENCES network.area (id),
    PRIMARY KEY (scenario_id, area_id)
);
CREATE INDEX scenario_area_area ON risks.scenario_area (area_id);

-- Theme codes of the planning module's catalogue "themes", kept as plain strings.
CREATE TABLE risks.scenario_theme (
    scenario_id BIGINT NOT NULL REFERENCES risks.scenario (id) ON DELETE CASCADE,
    theme       TEXT NOT NULL CHECK (theme ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    PRIMARY KEY (scenario_id, theme)
);
CREATE INDEX scenario_theme_theme ON risks.scenario_theme (theme);

-- Measures of the planning module that mitigate the scenario: planning's ids as plain numbers
-- until its tables exist (a later migration adds the foreign key).
CREATE TABLE risks.scenario_measure (
    scenario_id BIGINT NOT NULL REFERENCES risks.scenario (id) ON DELETE CASCADE,
    measure_id  BIGINT NOT NULL,
    PRIMARY KEY (scenario_id, measure_id)
);
CREATE INDEX scenario_measure_measure ON risks.scenario_measure (measure_id);

-- Resource type codes of the resources module, as plain strings.
CREATE TABLE risks.scenario_resource_type (
    scenario_id   BIGINT NOT NULL REFERENCES risks.scenario (id) ON DELETE CASCADE,
    resource_type TEXT NOT NULL CHECK (resource_type ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    PRIMARY KEY (scenario_id, resource_type)
);
CREATE INDEX scenario_resource_type_type ON risks.scenario_resource_type (resource_type);

-- Read-only views for the analysis module (docs/adr). Restricted scenarios are in them with
-- restricted = TRUE: the reader must filter them for callers who are not authority users.
CREATE VIEW risks.v_scenario AS
SELECT s.id, s.title, s.category, s.score, s.residual_score, s.restricted, s.review_date, s.region_id,
       s.likelihood, s.mean_impact, s.title_sv, s.title_en, s.owner_actor_id, s.reliability
FROM risks.scenario s;

CREATE VIEW risks.v_scenario_area AS
SELECT scenario_id, area_id FROM risks.scenario_area;

CREATE VIEW risks.v_scenario_theme AS
SELECT scenario_id, theme FROM risks.scenario_theme;

CREATE VIEW risks.v_scenario_resource_type AS
SELECT scenario_id, resource_type FROM risks.scenario_resource_type;

CREATE VIEW risks.v_scenario_measure AS
SELECT scenario_id, measure_id FROM risks.scenario_measure;
