CREATE SCHEMA IF NOT EXISTS analysis;

-- Findings are computed from the other modules' published views each time; what a person decided
-- about one (handled, or not relevant) is kept here by the finding's stable key, e.g.
-- OVERLAP:12:57 or GAP_RISK:4:698, and stays until someone changes it.
CREATE TABLE analysis.finding_status (
    finding_key TEXT PRIMARY KEY CHECK (finding_key ~ '^[A-Z_]+(:[A-Za-z0-9_-]+)+$' AND length(finding_key) <= 200),
    status      TEXT NOT NULL CHECK (status IN ('OPEN', 'HANDLED', 'NOT_RELEVANT')),
    reason      TEXT CHECK (length(reason) <= 2000),
    decided_by  TEXT NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT NOT NULL DEFAULT 0
);

-- Which themes of the action list an indicator speaks to: an indicator moving the wrong way in an
-- area with no active measure of these themes is a gap.
CREATE TABLE analysis.indicator_theme (
    indicator_code TEXT NOT NULL,
    theme          TEXT NOT NULL,
    PRIMARY KEY (indicator_code, theme)
);
