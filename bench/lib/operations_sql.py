#!/usr/bin/env python3
"""The nearest-resource query at SQL level: through the GiST index and as a sequential scan.

    python3 bench/lib/operations_sql.py [--port 55532] [--runs 200] [--seq-runs 10] [--type GENERATOR_60KVA]

Runs the query the application runs for a nearest search of a common type (ResourceRepository.nearest:
an index-only scan of the GiST index that leads with the type, filtered on free units and visibility
and ordered by distance, the 100 candidates that the nearest-20 search ranks, joined back to their rows, within 100 km) from random municipal centres, with EXPLAIN ANALYZE, first as the
planner chooses (the index) and then with index and bitmap scans switched off (a sequential scan and
a sort). Prints: SQL index_p50_ms=… seq_p50_ms=… ratio=…. Standard library only.
"""

import argparse
import math
import random
import re
import subprocess
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from operations_generate import to_grid  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--port", type=int, default=55532)
    ap.add_argument("--db", default="turvaverkko")
    ap.add_argument("--user", default="postgres")
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--seq-runs", type=int, default=10)
    ap.add_argument("--type", default="GENERATOR_60KVA")
    args = ap.parse_args()
    base = ["psql", "-X", "-q", "-At", "-h", args.host, "-p", str(args.port), "-U", args.user, "-d", args.db]
    centres = subprocess.run(base + ["-c", "SELECT lat, lon FROM network.area WHERE type = 'MUNICIPALITY'"
                                             " AND lat IS NOT NULL"], capture_output=True, text=True).stdout.split()
    points = [tuple(map(float, c.split("|"))) for c in centres]
    rnd = random.Random(7)
    type_id = subprocess.run(base + ["-c", f"SELECT id FROM resources.resource_type WHERE code = '{args.type}'"],
                             capture_output=True, text=True).stdout.strip()

    def query(lat, lon):
        e, n = to_grid(lat, lon)
        r = 100000
        return f"""EXPLAIN (ANALYZE, TIMING OFF, SUMMARY ON)
WITH near AS (SELECT u.id, u.metres FROM (SELECT r.id, r.pos <-> point({e:.1f}, {n:.1f}) AS metres FROM resources.resource r
 WHERE r.type_id = {type_id}::bigint
   AND r.availability <> 'UNAVAILABLE' AND r.quantity - r.committed >= 1
   AND (r.confidentiality = 'PUBLIC' OR r.owner_actor_id = ANY('{{}}'::bigint[]) OR r.region_id = ANY('{{}}'::bigint[]))
 ORDER BY r.pos <-> point({e:.1f}, {n:.1f}) LIMIT 100) u ORDER BY u.metres LIMIT 100)
SELECT r.id, r.owner_actor_id, t.code, r.name, r.quantity, r.committed, a.code, r.lat, r.lon, near.metres
  FROM resources.resource r JOIN resources.resource_type t ON t.id = r.type_id
  JOIN network.area a ON a.id = r.area_id JOIN near ON near.id = r.id
 WHERE near.metres <= {r} ORDER BY near.metres;"""

    def run(n, settings):
        sql = settings
        for _ in range(n):
            lat, lon = rnd.choice(points)
            sql += query(lat, lon) + "\n"
        out = subprocess.run(base, input=sql, capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        times = [float(x) for x in re.findall(r"Execution Time: ([0-9.]+) ms", out.stdout)]
        plan = out.stdout
        return sorted(times), plan

    run(20, "")  # warm the cache
    index, plan = run(args.runs, "")
    seq, seq_plan = run(args.seq_runs, "SET enable_indexscan = off; SET enable_bitmapscan = off;\n")
    uses_index = "Index Only Scan using resource_pos" in plan
    med = lambda xs: xs[len(xs) // 2]
    print(f"SQL index_p50_ms={med(index):.2f} index_p99_ms={index[int(0.99 * (len(index) - 1))]:.2f}"
          f" seq_p50_ms={med(seq):.1f} ratio={med(seq) / med(index):.0f} uses_gist={uses_index}"
          f" runs={len(index)} seq_runs={len(seq)}")


if __name__ == "__main__":
    main()
