-- Where a measure came from when another module created it: an approved measure proposal
-- (registration), an adopted continuity suggestion (continuity) or a lesson learned of an exercise
-- (operations). One source makes at most one measure; the index refuses a second one even when two
-- requests race past the service's own check.
ALTER TABLE planning.measure
    ADD COLUMN source_type TEXT CHECK (source_type IN ('MEASURE_PROPOSAL', 'CONTINUITY_SUGGESTION', 'EXERCISE_LESSON')),
    ADD COLUMN source_id   TEXT CHECK (length(source_id) BETWEEN 1 AND 100),
    ADD CHECK ((source_type IS NULL) = (source_id IS NULL));

CREATE UNIQUE INDEX measure_source_unique ON planning.measure (source_type, source_id)
    WHERE source_type IS NOT NULL;
