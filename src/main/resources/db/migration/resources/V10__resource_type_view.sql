-- The catalogue of resource types as other modules' SQL reads it (ADR 0001: never the table).
-- Columns may be added; none is removed or renamed without changing every reader.
-- Documented in docs/architecture.md (published read views).
CREATE VIEW resources.v_resource_type AS
SELECT t.id, t.code, t.name_fi, t.name_sv, t.name_en, t.kind, t.function, t.type_level, t.unit, t.active
  FROM resources.resource_type t;
