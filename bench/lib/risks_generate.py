#!/usr/bin/env python3
"""Benchmark risk scenarios for Turvaverkko (issue 4), written with PostgreSQL COPY through psql.

    bench/risks-generate [--host localhost --port 55432 --db turvaverkko --user postgres]
                         [--scenarios 5000] [--seed 20250105]

Gives every region without a scale a copy of an existing scale (the demo's 2018 template), then
adds SCENARIOS scenarios spread over the regions by population: areas (the region or 1–4 of its
municipalities), category, themes, owner (an authority of the region), likelihood and seven
impacts with the score derived as the app derives it, reliability, residual rating, needed
resource types, mitigating measures (when planning has measures) and 5 % restricted. One
transaction, then VACUUM (ANALYZE). Needs the demo scale: start the app with the demo data first.
A second run refuses to start (exit code 3). Standard library only.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from indicators_risks_db import Db, copy_block, die  # noqa: E402

MARKER = "BENCH MARKER risks"
DIMENSIONS = ["DEATHS", "INJURED", "EVACUATED", "MATERIAL_DAMAGE", "BUSINESS_INTERRUPTION", "ENVIRONMENT", "SOCIETAL"]
CATEGORIES = ["ENERGY_SUPPLY", "COMMUNICATIONS", "TRANSPORT", "HEALTH_SECURITY", "WATER_SUPPLY", "FOOD_SUPPLY",
              "LARGE_ACCIDENTS", "LARGE_ACCIDENTS", "LARGE_ACCIDENTS", "MIGRATION", "TERRORISM", "MASS_UNREST",
              "INFORMATION_INFLUENCE", "PRESSURE"]
THEMES = ["PREPAREDNESS", "FIRE_SAFETY", "SAFE_MOBILITY", "VILLAGE_SAFETY", "TOURISM_SAFETY", "VIOLENCE_CRIME",
          "HOME_LEISURE_ACCIDENTS", "SUBSTANCE_USE", "EXCLUSION"]
RESOURCES = ["GENERATOR_200KVA", "GENERATOR_60KVA", "GENERATOR_20KVA", "FUEL_DELIVERY", "WARMING_PLACE",
             "EVACUATION_PLACE", "EMERGENCY_ACCOMMODATION", "FLOOD_BARRIER", "FLOOD_PUMP", "RESCUE_BOAT",
             "VAPEPA_SEARCH_TEAM", "FIRST_AID_GROUP", "PSYCHOSOCIAL_TEAM", "CATERING", "WATER_TANK_LARGE",
             "SATELLITE_PHONE", "MOBILE_BASE_STATION", "SNOWMOBILE", "TRACKED_CARRIER", "COACH"]
EVENTS = ["Laaja sähkökatko", "Myrsky", "Tulva", "Maastopalo", "Suuronnettomuus liikenteessä",
          "Vedenjakelun häiriö", "Tietoliikennehäiriö", "Kemikaalionnettomuus", "Pandemia",
          "Kaukolämmön katko pakkasella", "Väkivaltainen hyökkäys", "Joukkolevottomuudet", "Polttoainepula",
          "Rankkasadetulva", "Helleaalto"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default=os.environ.get("PGHOST", "localhost"))
    ap.add_argument("--port", default=os.environ.get("PGPORT", "55432"))
    ap.add_argument("--db", default=os.environ.get("PGDATABASE", "turvaverkko"))
    ap.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    ap.add_argument("--scenarios", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=20250105)
    a = ap.parse_args()
    db = Db(a.host, a.port, a.db, a.user, "bench/risks-generate")
    if db.value("SELECT count(*) FROM risks.scenario WHERE title = '%s'" % MARKER) != "0":
        die("scenarios were generated on this database already", 3)
    template = db.value("SELECT min(id) FROM risks.scale")
    if template is None:
        die("no scale to copy: start the app with the demo data first (it loads the 2018 template)")
    started = time.time()
    # a scale for every region that has none, copied from the template in SQL
    db.run_script(["""
DO $$
DECLARE r record; s bigint; d record; nd bigint;
BEGIN
  FOR r IN SELECT a.id FROM network.area a WHERE a.type = 'REGION'
             AND NOT EXISTS (SELECT 1 FROM risks.scale x WHERE x.region_id = a.id) LOOP
    INSERT INTO risks.scale (region_id, name, name_sv, name_en, description)
      SELECT r.id, t.name, t.name_sv, t.name_en, t.description FROM risks.scale t WHERE t.id = %s RETURNING id INTO s;
    FOR d IN SELECT * FROM risks.scale_dimension WHERE scale_id = %s LOOP
      INSERT INTO risks.scale_dimension (scale_id, kind, code, name, name_sv, name_en, unit, unit_sv, unit_en, position)
        VALUES (s, d.kind, d.code, d.name, d.name_sv, d.name_en, d.unit, d.unit_sv, d.unit_en, d.position)
        RETURNING id INTO nd;
      INSERT INTO risks.scale_level (dimension_id, level, label, label_sv, label_en, lower_bound, upper_bound)
        SELECT nd, level, label, label_sv, label_en, lower_bound, upper_bound FROM risks.scale_level
         WHERE dimension_id = d.id;
    END LOOP;
  END LOOP;
END $$;
""" % (template, template)])
    scales = {r[0]: r[1] for r in db.rows("SELECT region_id, max(id) FROM risks.scale GROUP BY region_id")}
    regions = db.rows("""
        SELECT r.id, r.code, coalesce(sum(m.population), 100000)
          FROM network.area r LEFT JOIN network.area m ON m.region_id = r.id AND m.type = 'MUNICIPALITY'
         WHERE r.type = 'REGION' GROUP BY r.id, r.code ORDER BY r.id""")
    municipalities = {}
    for area_id, region_id in db.rows("SELECT id, region_id FROM network.area WHERE type = 'MUNICIPALITY'"):
        municipalities.setdefault(region_id, []).append(area_id)
    owners = {}
    for actor_id, region_id in db.rows("""
            SELECT a.id, coalesce(h.region_id, h.id) FROM network.actor a JOIN network.area h ON h.id = a.home_area_id
             WHERE a.authority AND a.status = 'ACTIVE' AND h.type IN ('REGION', 'SUBREGION', 'MUNICIPALITY')"""):
        owners.setdefault(region_id, []).append(actor_id)
    any_authority = [r[0] for r in db.rows("SELECT id FROM network.actor WHERE authority LIMIT 50")]
    measures = []
    if db.value("SELECT to_regclass('planning.measure') IS NOT NULL") == "t":
        measures = [r[0] for r in db.rows("SELECT id FROM planning.measure ORDER BY random() LIMIT 20000")]
    rnd = random.Random(a.seed)
    weights = [int(r[2]) for r in regions]
    next_id = int(db.value("SELECT coalesce(max(id), 0) FROM risks.scenario")) + 1
    today = dt.date.today()
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    scenario, areas, themes, resources, impacts, mitigations = [], [], [], [], [], []
    for n in range(a.scenarios):
        region_id, region_code, _ = rnd.choices(regions, weights)[0]
        if region_id not in scales:
            continue
        likelihood = rnd.choices([1, 2, 3, 4, 5], [10, 25, 35, 20, 10])[0]
        levels = [max(1, min(5, int(round(rnd.gauss(2.4, 1.0))))) for _ in DIMENSIONS]
        mean = round(sum(levels) / len(levels), 3)
        score = round(mean * likelihood, 2)
        residual = None
        if rnd.random() < 0.6:
            rl, ri = max(1, likelihood - rnd.randint(0, 2)), max(1, int(round(mean)) - rnd.randint(0, 1))
            if rl * ri <= score:
                residual = (rl, ri, rl * ri)
        restricted = rnd.random() < 0.05
        candidates = owners.get(region_id) or any_authority
        owner = rnd.choice(candidates)
        event = rnd.choice(EVENTS)
        title = MARKER if n == 0 else "%s %s (%d)" % (event, region_code, n)
        review = today + dt.timedelta(days=rnd.randint(-200, 900))
        sid = next_id
        next_id += 1
        scenario.append([sid, region_id, scales[region_id], title, None, None,
                         "Suorituskykytestin skenaario: %s." % event.lower(), None, rnd.choice(CATEGORIES), owner,
                         review.isoformat(), likelihood, "%.3f" % mean, "%.2f" % score,
                         rnd.choice(["LOW", "MEDIUM", "MEDIUM", "HIGH"]),
                         residual[0] if residual else None, residual[1] if residual else None,
                         "%.2f" % residual[2] if residual else None, "true" if restricted else "false", now, now])
        inside = municipalities.get(region_id, [])
        if not inside or rnd.random() < 0.25:
            areas.append([sid, region_id])
        else:
            for m in rnd.sample(inside, min(len(inside), rnd.randint(1, 4))):
                areas.append([sid, m])
        for t in rnd.sample(THEMES, rnd.randint(1, 2)):
            themes.append([sid, t])
        for r in rnd.sample(RESOURCES, rnd.randint(1, 4)):
            resources.append([sid, r])
        for code, level in zip(DIMENSIONS, levels):
            impacts.append([sid, code, level])
        if measures and rnd.random() < 0.7:
            for m in rnd.sample(measures, min(len(measures), rnd.randint(1, 3))):
                mitigations.append([sid, m])
    generated = time.time()

    def script():
        yield from copy_block("risks.scenario",
                              ["id", "region_id", "scale_id", "title", "title_sv", "title_en", "description",
                               "description_sv", "category", "owner_actor_id", "review_date", "likelihood",
                               "mean_impact", "score", "reliability", "residual_likelihood", "residual_impact",
                               "residual_score", "restricted", "created_at", "updated_at"], scenario)
        yield from copy_block("risks.scenario_area", ["scenario_id", "area_id"], areas)
        yield from copy_block("risks.scenario_theme", ["scenario_id", "theme"], themes)
        yield from copy_block("risks.scenario_resource_type", ["scenario_id", "resource_type"], resources)
        yield from copy_block("risks.scenario_impact", ["scenario_id", "dimension_code", "level"], impacts)
        yield from copy_block("risks.scenario_measure", ["scenario_id", "measure_id"], mitigations)
        yield "SELECT setval('risks.scenario_id_seq', (SELECT max(id) FROM risks.scenario));\n"

    db.run_script(script())
    copied = time.time()
    for table in ["scenario", "scenario_area", "scenario_theme", "scenario_resource_type", "scenario_impact",
                  "scenario_measure"]:
        db.rows("VACUUM (ANALYZE) risks.%s" % table)
    done = time.time()
    print("bench/risks-generate: %d scales, %d scenarios (%d restricted), %d area links, %d measure links" % (
        len(scales), len(scenario), sum(1 for s in scenario if s[18] == "true"), len(areas), len(mitigations)))
    print("  %.1f s (generate %.1f s, COPY %.1f s, VACUUM ANALYZE %.1f s)" % (
        done - started, generated - started, copied - generated, done - copied))


if __name__ == "__main__":
    main()
