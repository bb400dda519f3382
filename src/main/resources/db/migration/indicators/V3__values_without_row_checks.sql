-- Imports write hundreds of thousands of values at a time, and a foreign-key check per row took
-- two thirds of the time (bench/results/issue-4.md). The service checks every indicator and area of
-- an import before it writes, a value's indicator cannot be deleted while it has values, and the
-- values of a deleted area are deleted with it (AreaValuesCleanup listens to the area's deletion),
-- so the row checks go. Targets, a few per indicator, keep theirs.
ALTER TABLE indicators.indicator_value DROP CONSTRAINT IF EXISTS indicator_value_indicator_id_fkey;
ALTER TABLE indicators.indicator_value DROP CONSTRAINT IF EXISTS indicator_value_area_id_fkey;
