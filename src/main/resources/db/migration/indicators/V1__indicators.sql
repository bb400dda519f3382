CREATE SCHEMA IF NOT EXISTS indicators;

-- An indicator as a source such as Sotkanet defines it. The unit and the source are catalogue
-- codes; polarity says which way is better; kind tells current-state from leading indicators.
CREATE TABLE indicators.indicator (
    id             BIGSERIAL PRIMARY KEY,
    code           TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    name_sv        TEXT CHECK (length(name_sv) <= 300),
    name_en        TEXT CHECK (length(name_en) <= 300),
    description    TEXT CHECK (length(description) <= 4000),
    unit           TEXT NOT NULL,
    source         TEXT NOT NULL,
    source_ref     TEXT CHECK (length(source_ref) <= 100),
    polarity       TEXT NOT NULL CHECK (polarity IN ('HIGHER_IS_BETTER', 'HIGHER_IS_WORSE')),
    kind           TEXT NOT NULL CHECK (kind IN ('CURRENT_STATE', 'LEADING')),
    decimals       SMALLINT NOT NULL DEFAULT 1 CHECK (decimals BETWEEN 0 AND 4),
    public_data    BOOLEAN NOT NULL DEFAULT TRUE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    version        BIGINT NOT NULL DEFAULT 0,
    UNIQUE (code)
);
CREATE INDEX indicator_name ON indicators.indicator (name, id);

-- One measured value per indicator, area and year. The unique key is also the index every
-- series and every comparison reads (indicator, area, year descending for the latest value).
CREATE TABLE indicators.indicator_value (
    id            BIGSERIAL PRIMARY KEY,
    indicator_id  BIGINT NOT NULL REFERENCES indicators.indicator (id) ON DELETE CASCADE,
    area_id       BIGINT NOT NULL REFERENCES network.area (id),
    year          SMALLINT NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    value         NUMERIC(18, 4) NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    version       BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT indicator_value_key UNIQUE (indicator_id, area_id, year)
);
CREATE INDEX indicator_value_area_year ON indicators.indicator_value (area_id, year);

-- Targets set on goals of the planning module. goal_id is planning's id, kept as a plain number
-- until planning's tables exist (a later migration adds the foreign key).
CREATE TABLE indicators.indicator_target (
    id            BIGSERIAL PRIMARY KEY,
    indicator_id  BIGINT NOT NULL REFERENCES indicators.indicator (id) ON DELETE CASCADE,
    goal_id       BIGINT,
    area_id       BIGINT NOT NULL REFERENCES network.area (id),
    year          SMALLINT NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    value         NUMERIC(18, 4) NOT NULL,
    note          TEXT CHECK (length(note) <= 1000),
    version       BIGINT NOT NULL DEFAULT 0,
    UNIQUE (indicator_id, goal_id, area_id, year)
);
CREATE INDEX indicator_target_goal ON indicators.indicator_target (goal_id);

-- Measures of the action list (planning's ids) that aim to move an indicator.
CREATE TABLE indicators.indicator_measure (
    indicator_id  BIGINT NOT NULL REFERENCES indicators.indicator (id) ON DELETE CASCADE,
    measure_id    BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, measure_id)
);
CREATE INDEX indicator_measure_measure ON indicators.indicator_measure (measure_id);

-- Published for the analysis module (docs/adr): per indicator and area, the latest value, the
-- value of the year before it that has one, and the direction of the change read with the
-- indicator's polarity. A change of at most 1 % of the previous value counts as UNCHANGED.
CREATE VIEW indicators.v_indicator_trend AS
SELECT i.code AS indicator_code,
       t.area_id,
       i.polarity,
       t.latest_year,
       t.latest_value,
       t.previous_value,
       CASE
           WHEN t.previous_value IS NULL THEN 'UNKNOWN'
           WHEN abs(t.latest_value - t.previous_value) <= abs(t.previous_value) * 0.01 THEN 'UNCHANGED'
           WHEN (t.latest_value > t.previous_value) = (i.polarity = 'HIGHER_IS_BETTER') THEN 'IMPROVING'
           ELSE 'WORSENING'
       END AS direction,
       i.id AS indicator_id,
       t.previous_year
FROM (
    SELECT r.indicator_id, r.area_id,
           max(r.year) FILTER (WHERE r.n = 1) AS latest_year,
           max(r.value) FILTER (WHERE r.n = 1) AS latest_value,
           max(r.year) FILTER (WHERE r.n = 2) AS previous_year,
           max(r.value) FILTER (WHERE r.n = 2) AS previous_value
    FROM (
        SELECT v.indicator_id, v.area_id, v.year, v.value,
               row_number() OVER (PARTITION BY v.indicator_id, v.area_id ORDER BY v.year DESC) AS n
        FROM indicators.indicator_value v
    ) r
    WHERE r.n <= 2
    GROUP BY r.indicator_id, r.area_id
) t
JOIN indicators.indicator i ON i.id = t.indicator_id;
