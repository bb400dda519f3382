-- The planning module's tables exist now: the mitigating measures become foreign keys. Links to
-- measures that are gone are dropped first; a measure deleted later takes its links with it.
DELETE FROM risks.scenario_measure m
 WHERE NOT EXISTS (SELECT 1 FROM planning.measure p WHERE p.id = m.measure_id);
ALTER TABLE risks.scenario_measure
    ADD CONSTRAINT scenario_measure_measure_fk FOREIGN KEY (measure_id) REFERENCES planning.measure (id) ON DELETE CASCADE;
