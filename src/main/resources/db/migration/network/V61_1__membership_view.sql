-- A read view of the network for other modules' SQL (ADR 0001), added by the planning module, which
-- asks in one query which restricted plans a reader may read: those whose owner group has one of the
-- reader's actors as a member. Columns may be added; none is removed or renamed without changing every
-- reader. Documented in docs/architecture.md.
CREATE VIEW network.v_membership AS
SELECT m.group_id, m.actor_id, m.role, m.term_start, m.term_end, g.kind AS group_kind, g.area_id AS group_area_id
  FROM network.membership m JOIN network.cooperation_group g ON g.id = m.group_id;
