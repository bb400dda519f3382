-- The nearest search filters thousands of index entries for each hit it keeps (the nearest of one
-- type among all types): with the filtered columns in the GiST index it is an index-only scan and
-- touches no table page until the hits are joined back (measured in bench/results/issue-5.md).
DROP INDEX resources.resource_pos;
DROP INDEX resources.resource_area_pos;
CREATE INDEX resource_pos ON resources.resource USING gist (pos)
    INCLUDE (id, type_id, availability, quantity, committed, confidentiality, owner_actor_id, region_id);
CREATE INDEX resource_area_pos ON resources.resource USING gist (area_pos)
    INCLUDE (id, type_id, availability, quantity, committed, confidentiality, owner_actor_id, region_id);
