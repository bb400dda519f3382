-- The measure view also tells every area a measure concerns together with the areas above them, and
-- its planned and realised costs per year (new columns at the end; the old ones stay as they were).
CREATE OR REPLACE VIEW planning.measure_view AS
SELECT m.id, m.programme_id, m.code, m.title, m.title_sv, m.description, m.description_sv,
       m.responsible_actor_id, m.partner_actor_ids, m.area_ids, m.themes, m.target_groups, m.goal_ids,
       m.emphasis, m.start_date, m.end_date, m.status, m.progress_percent, m.last_progress_on,
       m.scope_area_ids, m.cost_years, m.cost_planned, m.cost_realised
  FROM planning.measure m
  JOIN planning.programme p ON p.id = m.programme_id
 WHERE p.confidentiality = 'PUBLIC';
