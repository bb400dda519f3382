CREATE SCHEMA IF NOT EXISTS continuity;

-- Questionnaires are data, in versions: code names the family (BCM, BCM_LIGHT), version counts up.
-- Texts are JSON objects {"fi", "sv", "en"}. Published sections and questions never change (the
-- triggers below refuse it), so an answer keeps the meaning it was given in.
CREATE TABLE continuity.questionnaire (
    id           BIGSERIAL PRIMARY KEY,
    code         TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    version      INTEGER NOT NULL CHECK (version >= 1),
    variant      TEXT NOT NULL CHECK (variant IN ('FULL', 'LIGHT')),
    title        JSONB NOT NULL,
    description  JSONB,
    audience     TEXT[] NOT NULL DEFAULT '{}',
    status       TEXT NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('PUBLISHED', 'RETIRED')),
    published_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (code, version)
);

CREATE TABLE continuity.section (
    id               BIGSERIAL PRIMARY KEY,
    questionnaire_id BIGINT NOT NULL REFERENCES continuity.questionnaire (id),
    code             TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    position         INTEGER NOT NULL,
    title            JSONB NOT NULL,
    description      JSONB,
    UNIQUE (questionnaire_id, code),
    UNIQUE (id, questionnaire_id)
);

CREATE TABLE continuity.question (
    id               BIGSERIAL PRIMARY KEY,
    questionnaire_id BIGINT NOT NULL REFERENCES continuity.questionnaire (id),
    section_id       BIGINT NOT NULL,
    code             TEXT NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    position         INTEGER NOT NULL,
    text             JSONB NOT NULL,
    levels           JSONB NOT NULL CHECK (jsonb_array_length(levels) = 5),
    suggestion       JSONB NOT NULL,
    UNIQUE (questionnaire_id, code),
    UNIQUE (id, questionnaire_id),
    FOREIGN KEY (section_id, questionnaire_id) REFERENCES continuity.section (id, questionnaire_id)
);
CREATE INDEX question_section ON continuity.question (section_id, position);

CREATE FUNCTION continuity.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'published questionnaire content never changes; publish a new version';
END $$;
CREATE TRIGGER section_immutable BEFORE UPDATE OR DELETE ON continuity.section
    FOR EACH ROW EXECUTE FUNCTION continuity.refuse_change();
CREATE TRIGGER question_immutable BEFORE UPDATE OR DELETE ON continuity.question
    FOR EACH ROW EXECUTE FUNCTION continuity.refuse_change();

-- Adds a questionnaire from its JSON document (the shape of the questionnaire API without ids):
-- {"code", "version", "variant", "title", "description", "audience": [...],
--  "sections": [{"code", "title", "description", "questions": [{"code", "text", "levels": [5], "suggestion"}]}]}
CREATE FUNCTION continuity.import_questionnaire(doc JSONB) RETURNS BIGINT LANGUAGE plpgsql AS $$
DECLARE
    qid  BIGINT;
    sid  BIGINT;
    s    JSONB;
    q    JSONB;
    spos INTEGER := 0;
    qpos INTEGER;
BEGIN
    INSERT INTO continuity.questionnaire (code, version, variant, title, description, audience)
    VALUES (doc->>'code', (doc->>'version')::INTEGER, doc->>'variant', doc->'title', doc->'description',
            ARRAY(SELECT jsonb_array_elements_text(COALESCE(doc->'audience', '[]'::jsonb))))
    RETURNING id INTO qid;
    FOR s IN SELECT value FROM jsonb_array_elements(doc->'sections') LOOP
        spos := spos + 1;
        INSERT INTO continuity.section (questionnaire_id, code, position, title, description)
        VALUES (qid, s->>'code', spos, s->'title', s->'description')
        RETURNING id INTO sid;
        qpos := 0;
        FOR q IN SELECT value FROM jsonb_array_elements(s->'questions') LOOP
            qpos := qpos + 1;
            INSERT INTO continuity.question (questionnaire_id, section_id, code, position, text, levels, suggestion)
            VALUES (qid, sid, q->>'code', qpos, q->'text', q->'levels', q->'suggestion');
        END LOOP;
    END LOOP;
    RETURN qid;
END $$;

-- A self-assessment of one actor. Only the actor's own users ever read it. When it is submitted, the
-- actor's sector and areas are copied here (so that aggregates do not move when the actor does) and
-- it becomes the actor's latest answer in its questionnaire family.
CREATE TABLE continuity.assessment (
    id               BIGSERIAL PRIMARY KEY,
    actor_id         BIGINT NOT NULL REFERENCES network.actor (id) ON DELETE CASCADE,
    questionnaire_id BIGINT NOT NULL REFERENCES continuity.questionnaire (id),
    family           TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'IN_PROGRESS' CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
    created_by       TEXT,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_at     TIMESTAMPTZ,
    sector           TEXT,
    area_id          BIGINT REFERENCES network.area (id),
    subregion_id     BIGINT REFERENCES network.area (id),
    region_id        BIGINT REFERENCES network.area (id),
    overall          NUMERIC(5, 3),
    latest           BOOLEAN NOT NULL DEFAULT FALSE,
    version          BIGINT NOT NULL DEFAULT 0,
    UNIQUE (id, questionnaire_id),
    CHECK (status = 'IN_PROGRESS' OR submitted_at IS NOT NULL),
    CHECK (NOT latest OR status = 'SUBMITTED')
);
CREATE UNIQUE INDEX assessment_open ON continuity.assessment (actor_id, family) WHERE status = 'IN_PROGRESS';
CREATE UNIQUE INDEX assessment_latest ON continuity.assessment (actor_id, family) WHERE latest;
CREATE INDEX assessment_actor ON continuity.assessment (actor_id, created_at DESC);
CREATE INDEX assessment_aggregate ON continuity.assessment (region_id, family) INCLUDE (subregion_id, sector, actor_id) WHERE latest;

-- An answer belongs to a question of the assessment's own questionnaire version (the composite keys
-- make the database refuse anything else).
CREATE TABLE continuity.answer (
    assessment_id    BIGINT NOT NULL,
    questionnaire_id BIGINT NOT NULL,
    question_id      BIGINT NOT NULL,
    score            SMALLINT CHECK (score BETWEEN 0 AND 4),
    note             TEXT CHECK (length(note) <= 2000),
    answered_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, question_id),
    FOREIGN KEY (assessment_id, questionnaire_id)
        REFERENCES continuity.assessment (id, questionnaire_id) ON DELETE CASCADE,
    FOREIGN KEY (question_id, questionnaire_id) REFERENCES continuity.question (id, questionnaire_id)
);

-- Per-section sums of a submitted assessment, written once when it is submitted: aggregates read
-- these (eight rows an assessment) instead of every answer.
CREATE TABLE continuity.section_score (
    assessment_id  BIGINT NOT NULL REFERENCES continuity.assessment (id) ON DELETE CASCADE,
    section_code   TEXT NOT NULL,
    score_sum      INTEGER NOT NULL,
    question_count INTEGER NOT NULL CHECK (question_count > 0),
    PRIMARY KEY (assessment_id, section_code)
);

-- Suggested improvements an actor has adopted as its own measures in the action list.
CREATE TABLE continuity.adopted_suggestion (
    assessment_id BIGINT NOT NULL REFERENCES continuity.assessment (id) ON DELETE CASCADE,
    question_id   BIGINT NOT NULL REFERENCES continuity.question (id),
    measure_id    TEXT NOT NULL,
    adopted_by    TEXT,
    adopted_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (assessment_id, question_id)
);
