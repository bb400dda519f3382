-- The planning module's tables exist now: targets' goals and linked measures become foreign keys.
-- Links to measures that are gone are dropped; a target whose goal is gone stays, without its goal.
DELETE FROM indicators.indicator_measure m
 WHERE NOT EXISTS (SELECT 1 FROM planning.measure p WHERE p.id = m.measure_id);
ALTER TABLE indicators.indicator_measure
    ADD CONSTRAINT indicator_measure_measure_fk FOREIGN KEY (measure_id) REFERENCES planning.measure (id) ON DELETE CASCADE;
UPDATE indicators.indicator_target t SET goal_id = NULL
 WHERE goal_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM planning.goal g WHERE g.id = t.goal_id);
ALTER TABLE indicators.indicator_target
    ADD CONSTRAINT indicator_target_goal_fk FOREIGN KEY (goal_id) REFERENCES planning.goal (id) ON DELETE SET NULL;
