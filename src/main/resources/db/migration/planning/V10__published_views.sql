-- The read views planning publishes for other modules' SQL, named as every module names them (v_*,
-- docs/architecture.md). They hold only what belongs to public programmes, so nothing read through
-- them can reveal a restricted plan. Columns may be added; none is removed or renamed without changing
-- every reader. The older names (programme_view, goal_view, measure_view) stay until their readers
-- have moved to these.
CREATE VIEW planning.v_programme AS
SELECT p.id, p.kind, p.name, p.name_sv, p.name_en, p.owner_actor_id, p.owner_group_id, p.area_id,
       p.period_start, p.period_end, p.status
  FROM planning.programme p
 WHERE p.confidentiality = 'PUBLIC';

CREATE VIEW planning.v_goal AS
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

CREATE VIEW planning.v_measure AS
SELECT m.id, m.programme_id, m.code, m.title, m.title_sv, m.description, m.description_sv,
       m.responsible_actor_id, m.partner_actor_ids, m.area_ids, m.themes, m.target_groups, m.goal_ids,
       m.emphasis, m.start_date, m.end_date, m.status, m.progress_percent, m.last_progress_on,
       m.scope_area_ids, m.cost_years, m.cost_planned, m.cost_realised
  FROM planning.measure m
  JOIN planning.programme p ON p.id = m.programme_id
 WHERE p.confidentiality = 'PUBLIC';
