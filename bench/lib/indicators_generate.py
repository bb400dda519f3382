#!/usr/bin/env python3
"""Benchmark indicator data for Turvaverkko (issue 4), written with PostgreSQL COPY through psql.

    bench/indicators-generate [--host localhost --port 55432 --db turvaverkko --user postgres]
                              [--indicators 300] [--years 15] [--seed 20250104]

Adds INDICATORS definitions (codes BENCH_001 …) and, for every region and municipality of the
database (328 at national scale), YEARS yearly values ending last year: 300 × 328 × 15 = 1,476,000
values. Run bench/generate --scale national first so that the areas exist. Everything is written in
one transaction, then VACUUM (ANALYZE). A second run refuses to start (exit code 3).
Standard library only.
"""

import argparse
import datetime as dt
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from indicators_risks_db import Db, copy_block, die  # noqa: E402

TOPICS = [
    ("Poliisin tietoon tulleet pahoinpitelyrikokset", "PER_1000", "HIGHER_IS_WORSE", "CURRENT_STATE", 6.0),
    ("Tieliikenteessä loukkaantuneet", "PER_10000", "HIGHER_IS_WORSE", "CURRENT_STATE", 11.0),
    ("Rakennuspalot", "PER_10000", "HIGHER_IS_WORSE", "CURRENT_STATE", 5.0),
    ("Kaatumisiin liittyvät hoitojaksot 65 vuotta täyttäneillä", "PER_10000", "HIGHER_IS_WORSE", "CURRENT_STATE", 240.0),
    ("Huumausainerikokset", "PER_1000", "HIGHER_IS_WORSE", "CURRENT_STATE", 4.0),
    ("Rattijuopumukset", "PER_1000", "HIGHER_IS_WORSE", "LEADING", 3.2),
    ("Toimeentulotukea saaneet lapsiperheet", "PERCENT", "HIGHER_IS_WORSE", "LEADING", 9.0),
    ("Kodin ulkopuolelle sijoitetut 0–17-vuotiaat", "PERCENT", "HIGHER_IS_WORSE", "LEADING", 1.4),
    ("Koulutuksen ulkopuolelle jääneet 17–24-vuotiaat", "PERCENT", "HIGHER_IS_WORSE", "LEADING", 8.5),
    ("Yksin asuvat 75 vuotta täyttäneet", "PERCENT", "HIGHER_IS_WORSE", "LEADING", 49.0),
    ("Katuturvallisuusindeksi", "INDEX", "HIGHER_IS_BETTER", "CURRENT_STATE", 100.0),
    ("Turvalliseksi asuinalueensa kokevat", "PERCENT", "HIGHER_IS_BETTER", "CURRENT_STATE", 82.0),
    ("Kotitapaturmien vuoksi hoidetut", "PER_10000", "HIGHER_IS_WORSE", "CURRENT_STATE", 180.0),
    ("Nuorisotyöttömät", "PERCENT", "HIGHER_IS_WORSE", "LEADING", 12.0),
    ("Lastensuojeluilmoitukset", "PER_1000", "HIGHER_IS_WORSE", "LEADING", 70.0),
]

MARKER = "BENCH_001"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default=os.environ.get("PGHOST", "localhost"))
    ap.add_argument("--port", default=os.environ.get("PGPORT", "55432"))
    ap.add_argument("--db", default=os.environ.get("PGDATABASE", "turvaverkko"))
    ap.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    ap.add_argument("--indicators", type=int, default=300)
    ap.add_argument("--years", type=int, default=15)
    ap.add_argument("--seed", type=int, default=20250104)
    a = ap.parse_args()
    db = Db(a.host, a.port, a.db, a.user, "bench/indicators-generate")
    if db.value("SELECT count(*) FROM indicators.indicator WHERE code = '%s'" % MARKER) != "0":
        die("indicators were generated on this database already (code %s exists)" % MARKER, 3)
    areas = db.rows("SELECT id, code, coalesce(population, 5000) FROM network.area"
                    " WHERE type IN ('REGION', 'MUNICIPALITY') ORDER BY id")
    if len(areas) < 2:
        die("no areas: run bench/generate --scale national (or start the app with the demo data) first")
    rnd = random.Random(a.seed)
    started = time.time()
    indicator_id = int(db.value("SELECT coalesce(max(id), 0) FROM indicators.indicator")) + 1
    value_id = int(db.value("SELECT coalesce(max(id), 0) FROM indicators.indicator_value")) + 1
    last = dt.date.today().year - 1
    first = last - a.years + 1
    now = dt.datetime.now(dt.timezone.utc).isoformat()

    indicators = []
    values = []
    for n in range(1, a.indicators + 1):
        name, unit, polarity, kind, level = TOPICS[(n - 1) % len(TOPICS)]
        code = "BENCH_%03d" % n
        indicators.append([indicator_id, code, "%s (vertailu %03d)" % (name, n), None, None,
                           "Suorituskykytestin indikaattori.", unit, "SOTKANET", None, polarity, kind, 1, "true",
                           now, now])
        trend = rnd.gauss(0, 0.02)
        for area_id, code_, population in areas:
            factor = rnd.lognormvariate(0, 0.15)
            noise = 0.25 / max(1.0, (int(population) / 1000.0)) ** 0.5
            for y in range(first, last + 1):
                v = level * factor * (1 + trend) ** (y - first) * (1 + rnd.gauss(0, noise))
                v = max(0.0, min(100.0, v) if unit == "PERCENT" else v)
                values.append([value_id, indicator_id, area_id, y, "%.1f" % v, now])
                value_id += 1
        indicator_id += 1
    generated = time.time()

    def script():
        yield from copy_block("indicators.indicator",
                              ["id", "code", "name", "name_sv", "name_en", "description", "unit", "source", "source_ref",
                               "polarity", "kind", "decimals", "public_data", "created_at", "updated_at"], indicators)
        yield from copy_block("indicators.indicator_value",
                              ["id", "indicator_id", "area_id", "year", "value", "updated_at"], values)
        yield ("SELECT setval('indicators.indicator_id_seq', (SELECT max(id) FROM indicators.indicator));\n"
               "SELECT setval('indicators.indicator_value_id_seq', (SELECT max(id) FROM indicators.indicator_value));\n")

    db.run_script(script())
    copied = time.time()
    db.rows("VACUUM (ANALYZE) indicators.indicator")
    db.rows("VACUUM (ANALYZE) indicators.indicator_value")
    done = time.time()
    print("bench/indicators-generate: %d indicators, %d areas, %d years, %d values" % (
        len(indicators), len(areas), a.years, len(values)))
    print("  %.1f s (generate %.1f s, COPY %.1f s, VACUUM ANALYZE %.1f s)" % (
        done - started, generated - started, copied - generated, done - copied))


if __name__ == "__main__":
    main()
