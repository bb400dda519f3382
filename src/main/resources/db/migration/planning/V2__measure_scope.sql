-- The areas a measure concerns together with every area above them (municipality, sub-region,
-- region, country), and the same crossed with its themes ("<area id>:<THEME>"). A list filtered by
-- an area, or by an area and a theme, is then one lookup of one key in one GIN index instead of the
-- intersection of two large ones. The service writes both columns with the measure.
ALTER TABLE planning.measure
    ADD COLUMN scope_area_ids BIGINT[] NOT NULL DEFAULT '{}',
    ADD COLUMN scope_keys     TEXT[]   NOT NULL DEFAULT '{}';

UPDATE planning.measure m
   SET scope_area_ids = coalesce((SELECT array_agg(DISTINCT x.id ORDER BY x.id)
                                    FROM unnest(m.area_ids) a
                                    JOIN network.area ar ON ar.id = a
                                    JOIN network.area x ON ar.path LIKE x.path || '%'), '{}'),
       scope_keys = coalesce((SELECT array_agg(DISTINCT x.id || ':' || t)
                                FROM unnest(m.area_ids) a
                                JOIN network.area ar ON ar.id = a
                                JOIN network.area x ON ar.path LIKE x.path || '%'
                                CROSS JOIN unnest(m.themes) t), '{}');

CREATE INDEX measure_scope_areas ON planning.measure USING gin (scope_area_ids);
CREATE INDEX measure_scope_keys ON planning.measure USING gin (scope_keys);

-- the scope index answers every "within this area" question; the plain one only slowed writes down
DROP INDEX planning.measure_areas;
