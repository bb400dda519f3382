-- The nearest search asks for one type (or a few) at a time. With the type as the first column of the
-- GiST index (btree_gist, a trusted extension that ships with PostgreSQL) each type's entries form
-- their own subtrees, so the search visits only that type's entries, nearest first; the other filtered
-- columns are included, so it is an index-only scan (bench/results/issue-5.md).
CREATE EXTENSION IF NOT EXISTS btree_gist;
DROP INDEX resources.resource_pos;
DROP INDEX resources.resource_area_pos;
CREATE INDEX resource_pos ON resources.resource USING gist (type_id, pos)
    INCLUDE (id, availability, quantity, committed, confidentiality, owner_actor_id, region_id);
CREATE INDEX resource_area_pos ON resources.resource USING gist (type_id, area_pos)
    INCLUDE (id, availability, quantity, committed, confidentiality, owner_actor_id, region_id);
