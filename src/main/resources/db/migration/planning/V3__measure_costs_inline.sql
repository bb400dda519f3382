-- The planned and realised costs per year move into the measure row as three parallel arrays,
-- ordered by year: a measure and its costs are then one row to read, write, copy and check, which
-- the list, the export and the import do for thousands of measures at a time. The budget view sums
-- them with unnest.
ALTER TABLE planning.measure
    ADD COLUMN cost_years    INT[]            NOT NULL DEFAULT '{}',
    ADD COLUMN cost_planned  NUMERIC(14, 2)[] NOT NULL DEFAULT '{}',
    ADD COLUMN cost_realised NUMERIC(14, 2)[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT measure_cost_arrays CHECK (
        cardinality(cost_years) = cardinality(cost_planned)
        AND cardinality(cost_years) = cardinality(cost_realised)),
    ADD CONSTRAINT measure_cost_years CHECK (2000 <= ALL (cost_years) AND 2100 >= ALL (cost_years)),
    ADD CONSTRAINT measure_cost_not_negative CHECK (0 <= ALL (cost_planned) AND 0 <= ALL (cost_realised));

UPDATE planning.measure m
   SET cost_years = c.years, cost_planned = c.planned, cost_realised = c.realised
  FROM (SELECT measure_id,
               array_agg(year ORDER BY year) AS years,
               array_agg(planned ORDER BY year) AS planned,
               array_agg(realised ORDER BY year) AS realised
          FROM planning.measure_cost GROUP BY measure_id) c
 WHERE c.measure_id = m.id;

DROP TABLE planning.measure_cost;

-- lists sort by code within a programme (measure_programme); a second index on the code alone only
-- slowed every write down
DROP INDEX planning.measure_code;

-- one unique index on (programme, code) serves both the uniqueness of codes (codes may be empty:
-- NULLs are distinct) and the list's default order
DROP INDEX planning.measure_programme;
DROP INDEX planning.measure_code_in_programme;
CREATE UNIQUE INDEX measure_code_in_programme ON planning.measure (programme_id, code);
