CREATE SCHEMA IF NOT EXISTS planning;

-- Programmes and plans of every level (national strategy … municipal sector plan, the action
-- list). kind is a code of the "plan-kinds" catalogue. A restricted plan carries its legal basis and
-- the end of its secrecy period; to those who may not read it, it does not exist.
CREATE TABLE planning.programme (
    id                 BIGSERIAL PRIMARY KEY,
    kind               TEXT NOT NULL,
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    name_sv            TEXT CHECK (length(name_sv) <= 300),
    name_en            TEXT CHECK (length(name_en) <= 300),
    description        TEXT CHECK (length(description) <= 8000),
    owner_actor_id     BIGINT REFERENCES network.actor (id),
    owner_group_id     BIGINT REFERENCES network.cooperation_group (id),
    area_id            BIGINT NOT NULL REFERENCES network.area (id),
    period_start       DATE,
    period_end         DATE,
    status             TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED', 'ARCHIVED')),
    approved_at        TIMESTAMPTZ,
    approved_by        TEXT,
    decision_reference TEXT CHECK (length(decision_reference) <= 300),
    decision_date      DATE,
    confidentiality    TEXT NOT NULL DEFAULT 'PUBLIC' CHECK (confidentiality IN ('PUBLIC', 'RESTRICTED')),
    legal_basis        TEXT CHECK (length(legal_basis) <= 300),
    secrecy_ends_on    DATE,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    version            BIGINT NOT NULL DEFAULT 0,
    CHECK (owner_actor_id IS NOT NULL OR owner_group_id IS NOT NULL),
    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    CHECK (confidentiality = 'PUBLIC' OR legal_basis IS NOT NULL),
    CHECK (status = 'DRAFT' OR approved_at IS NOT NULL)
);
CREATE INDEX programme_area ON planning.programme (area_id);
CREATE INDEX programme_kind ON planning.programme (kind);
CREATE INDEX programme_restricted ON planning.programme (id) WHERE confidentiality = 'RESTRICTED';

-- Goals in a hierarchy inside a programme.
CREATE TABLE planning.goal (
    id           BIGSERIAL PRIMARY KEY,
    programme_id BIGINT NOT NULL REFERENCES planning.programme (id) ON DELETE CASCADE,
    parent_id    BIGINT REFERENCES planning.goal (id) ON DELETE CASCADE,
    code         TEXT CHECK (length(code) <= 30),
    title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    title_sv     TEXT CHECK (length(title_sv) <= 500),
    title_en     TEXT CHECK (length(title_en) <= 500),
    description  TEXT CHECK (length(description) <= 8000),
    sort_order   INT NOT NULL DEFAULT 0,
    version      BIGINT NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX goal_programme ON planning.goal (programme_id, sort_order, id);
CREATE INDEX goal_parent ON planning.goal (parent_id);
CREATE UNIQUE INDEX goal_code ON planning.goal (programme_id, code) WHERE code IS NOT NULL;

-- Alignment: the lower goal (from) contributes to or implements the higher goal (to). Goals of one
-- programme are never linked to each other, and the links never make a cycle (checked in code).
CREATE TABLE planning.goal_link (
    id           BIGSERIAL PRIMARY KEY,
    from_goal_id BIGINT NOT NULL REFERENCES planning.goal (id) ON DELETE CASCADE,
    to_goal_id   BIGINT NOT NULL REFERENCES planning.goal (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('CONTRIBUTES_TO', 'IMPLEMENTS')),
    note         TEXT CHECK (length(note) <= 2000),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   TEXT,
    version      BIGINT NOT NULL DEFAULT 0,
    UNIQUE (from_goal_id, to_goal_id),
    CHECK (from_goal_id <> to_goal_id)
);
CREATE INDEX goal_link_to ON planning.goal_link (to_goal_id);

-- Measures (the action list). Areas, partners, themes, target groups and goals are arrays with GIN
-- indexes, so that a list filtered by area and theme is one index-backed scan of one table; the
-- service keeps them clean when a goal is deleted. Costs per year and progress updates have tables
-- of their own.
CREATE TABLE planning.measure (
    id                    BIGSERIAL PRIMARY KEY,
    programme_id          BIGINT NOT NULL REFERENCES planning.programme (id) ON DELETE CASCADE,
    code                  TEXT CHECK (length(code) <= 30),
    title                 TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    title_sv              TEXT CHECK (length(title_sv) <= 300),
    description           TEXT CHECK (length(description) <= 8000),
    description_sv        TEXT CHECK (length(description_sv) <= 8000),
    responsible_actor_id  BIGINT NOT NULL REFERENCES network.actor (id),
    partner_actor_ids     BIGINT[] NOT NULL DEFAULT '{}',
    area_ids              BIGINT[] NOT NULL DEFAULT '{}',
    target_groups         TEXT[] NOT NULL DEFAULT '{}',
    themes                TEXT[] NOT NULL DEFAULT '{}',
    goal_ids              BIGINT[] NOT NULL DEFAULT '{}',
    emphasis              TEXT NOT NULL CHECK (emphasis IN ('PREVENTION', 'EARLY_INTERVENTION', 'EVERYDAY_SAFETY',
                                                            'EXCLUSION_PREVENTION', 'CORRECTIVE')),
    start_date            DATE,
    end_date              DATE,
    status                TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED')),
    progress_percent      INT CHECK (progress_percent BETWEEN 0 AND 100),
    last_progress_on      DATE,
    funding_source        TEXT,
    budget_year           INT CHECK (budget_year BETWEEN 2000 AND 2100),
    plan_year_from        INT CHECK (plan_year_from BETWEEN 2000 AND 2100),
    plan_year_to          INT CHECK (plan_year_to BETWEEN 2000 AND 2100),
    cost_carrier_group_id BIGINT REFERENCES network.cooperation_group (id),
    cost_carrier_actor_id BIGINT REFERENCES network.actor (id),
    source_action_item_id BIGINT REFERENCES network.action_item (id) ON DELETE SET NULL,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    version               BIGINT NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date),
    CHECK (plan_year_to IS NULL OR plan_year_from IS NULL OR plan_year_to >= plan_year_from),
    CHECK (cost_carrier_group_id IS NULL OR cost_carrier_actor_id IS NULL)
);
CREATE INDEX measure_programme ON planning.measure (programme_id, code, id);
CREATE INDEX measure_responsible ON planning.measure (responsible_actor_id);
CREATE INDEX measure_areas ON planning.measure USING gin (area_ids);
CREATE INDEX measure_themes ON planning.measure USING gin (themes);
CREATE INDEX measure_target_groups ON planning.measure USING gin (target_groups);
CREATE INDEX measure_goals ON planning.measure USING gin (goal_ids);
CREATE INDEX measure_code ON planning.measure (code, id);
CREATE UNIQUE INDEX measure_code_in_programme ON planning.measure (programme_id, code) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX measure_source_action_item ON planning.measure (source_action_item_id)
    WHERE source_action_item_id IS NOT NULL;

-- Planned and realised cost of a measure per year, in euros.
CREATE TABLE planning.measure_cost (
    measure_id BIGINT NOT NULL REFERENCES planning.measure (id) ON DELETE CASCADE,
    year       INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    planned    NUMERIC(14, 2) CHECK (planned >= 0),
    realised   NUMERIC(14, 2) CHECK (realised >= 0),
    PRIMARY KEY (measure_id, year)
);
CREATE INDEX measure_cost_year ON planning.measure_cost (year);

-- Progress updates: append-only; the latest sets the measure's status and percent, and a realised
-- cost is added to the realised cost of its year.
CREATE TABLE planning.progress_update (
    id            BIGSERIAL PRIMARY KEY,
    measure_id    BIGINT NOT NULL REFERENCES planning.measure (id) ON DELETE CASCADE,
    reported_on   DATE NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED')),
    percent       INT CHECK (percent BETWEEN 0 AND 100),
    text          TEXT CHECK (length(text) <= 4000),
    realised_cost NUMERIC(14, 2) CHECK (realised_cost >= 0),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    TEXT
);
CREATE INDEX progress_update_measure ON planning.progress_update (measure_id, reported_on DESC, id DESC);

-- The wellbeing report's yearly steps (Act 612/2021, § 6) for a wellbeing plan: the yearly review
-- in the operating plan and budget, and the yearly report to the council. The product drafts the
-- text from the plan's goals, measures, progress and costs; the working group edits and approves it.
CREATE TABLE planning.wellbeing_report (
    id                 BIGSERIAL PRIMARY KEY,
    programme_id       BIGINT NOT NULL REFERENCES planning.programme (id) ON DELETE CASCADE,
    type               TEXT NOT NULL CHECK (type IN ('YEARLY_REVIEW', 'YEARLY_REPORT')),
    year               INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title              TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    body               TEXT NOT NULL CHECK (length(body) <= 60000),
    status             TEXT NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
    approved_at        TIMESTAMPTZ,
    approved_by        TEXT,
    decision_reference TEXT CHECK (length(decision_reference) <= 300),
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by         TEXT,
    version            BIGINT NOT NULL DEFAULT 0,
    UNIQUE (programme_id, type, year)
);

-- Read-only views for the modules that read planning in bulk (analysis). They hold only what
-- belongs to public programmes, so nothing read through them can reveal a restricted plan.
CREATE VIEW planning.programme_view AS
SELECT p.id, p.kind, p.name, p.name_sv, p.name_en, p.owner_actor_id, p.owner_group_id, p.area_id,
       p.period_start, p.period_end, p.status
  FROM planning.programme p
 WHERE p.confidentiality = 'PUBLIC';

CREATE VIEW planning.goal_view AS
SELECT g.id, g.programme_id, g.parent_id, g.code, g.title, g.title_sv, g.title_en,
       (SELECT count(*) FROM planning.goal_link l JOIN planning.goal t ON t.id = l.to_goal_id
          JOIN planning.programme tp ON tp.id = t.programme_id
         WHERE l.from_goal_id = g.id AND tp.confidentiality = 'PUBLIC') AS links_up,
       (SELECT count(*) FROM planning.goal_link l JOIN planning.goal f ON f.id = l.from_goal_id
          JOIN planning.programme fp ON fp.id = f.programme_id
         WHERE l.to_goal_id = g.id AND fp.confidentiality = 'PUBLIC') AS links_down
  FROM planning.goal g
  JOIN planning.programme p ON p.id = g.programme_id
 WHERE p.confidentiality = 'PUBLIC';

CREATE VIEW planning.measure_view AS
SELECT m.id, m.programme_id, m.code, m.title, m.title_sv, m.description, m.description_sv,
       m.responsible_actor_id, m.partner_actor_ids, m.area_ids, m.themes, m.target_groups, m.goal_ids,
       m.emphasis, m.start_date, m.end_date, m.status, m.progress_percent, m.last_progress_on
  FROM planning.measure m
  JOIN planning.programme p ON p.id = m.programme_id
 WHERE p.confidentiality = 'PUBLIC';
