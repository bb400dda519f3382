-- Read views the network publishes for other modules' SQL (ADR 0001: a module reads another's data
-- through its facade or through views like these, never through its tables). Columns may be added;
-- none is removed or renamed without changing every reader. Documented in docs/architecture.md.

-- Every area with its place in the tree: path holds the codes from the top ("/FI/19/SK191/698/"),
-- so "this area and everything below it" is path LIKE '<path>%'. The border is served by the API.
CREATE VIEW network.v_area AS
SELECT a.id, a.type, a.code, a.parent_id, a.region_id, a.path, a.name_fi, a.name_sv, a.name_se, a.name_en,
       a.lat, a.lon, a.population, a.lead_actor_id
  FROM network.area a;

-- Every actor (organisation) with its home area and region. Only ACTIVE actors are public to the
-- network's users; a reader that shows names to others filters on status = 'ACTIVE'. Contact details
-- (e-mail, phone, web address) and contact persons are not here.
CREATE VIEW network.v_actor AS
SELECT a.id, a.name, a.name_sv, a.sector, a.level, a.authority, a.home_area_id, h.code AS home_area_code,
       h.region_id, a.business_id, a.status
  FROM network.actor a JOIN network.area h ON h.id = a.home_area_id;
