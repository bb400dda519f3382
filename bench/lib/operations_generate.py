#!/usr/bin/env python3
"""Benchmark data for issue 5 (resources and operations), written with PostgreSQL COPY through psql.

    python3 bench/lib/operations_generate.py [--host localhost --port 55532 --db turvaverkko --user postgres]
        [--resources 1000000] [--disruptions 2000] [--log-entries 1000000] [--requests 20000] [--seed 5]

Needs a migrated database with areas and actors (the demo data, or bench/generate --scale national
for all of Finland). Adds, in one transaction:
- resources spread over every municipality that has a centre or a border (near the centre, up to
  ~25 km), of random types, owned by actors homed in the same region, with ETRS-TM35FIN positions;
- past (CLOSED) disruptions in random municipalities with log entries and requests (with offers and
  released commitments);
- one ACTIVE disruption "BENCH PICTURE" in Rovaniemi (698) with exactly 500 log entries and 100
  requests, for the situation-picture benchmark.
Then VACUUM (ANALYZE). Standard library only.
"""

import argparse
import csv
import datetime as dt
import io
import json
import math
import random
import subprocess
import sys
import time

# --- ETRS-TM35FIN, the same series as fi.turvaverkko.resources.Tm35Fin -------------------------
A = 6378137.0
F = 1 / 298.257222101
K0 = 0.9996
LON0 = math.radians(27)
N = F / (2 - F)
A1 = A / (1 + N) * (1 + N * N / 4 + N ** 4 / 64)
E = math.sqrt(F * (2 - F))
H = [N / 2 - 2 * N * N / 3 + 5 * N ** 3 / 16 + 41 * N ** 4 / 180,
     13 * N * N / 48 - 3 * N ** 3 / 5 + 557 * N ** 4 / 1440,
     61 * N ** 3 / 240 - 103 * N ** 4 / 140,
     49561 * N ** 4 / 161280]


def to_grid(lat, lon):
    phi = math.radians(lat)
    lam = math.radians(lon) - LON0
    q = math.asinh(math.tan(phi)) - E * math.atanh(E * math.sin(phi))
    beta = math.atan(math.sinh(q))
    eta0 = math.atanh(math.cos(beta) * math.sin(lam))
    xi0 = math.asin(math.sin(beta) * math.cosh(eta0))
    xi, eta = xi0, eta0
    for j in range(4):
        k = 2 * (j + 1)
        xi += H[j] * math.sin(k * xi0) * math.cosh(k * eta0)
        eta += H[j] * math.cos(k * xi0) * math.sinh(k * eta0)
    return 500000 + A1 * eta * K0, A1 * xi * K0


def psql(args, sql, stdin=None):
    cmd = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.host, "-p", str(args.port), "-U", args.user,
           "-d", args.db, "-At", "-F", "\t", "-c", sql]
    r = subprocess.run(cmd, input=stdin, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("psql failed: " + r.stderr)
    return [line.split("\t") for line in r.stdout.splitlines() if line]


def centroid(geometry):
    g = json.loads(geometry)
    rings = []
    if g["type"] == "Polygon":
        rings = [g["coordinates"][0]]
    elif g["type"] == "MultiPolygon":
        rings = [p[0] for p in g["coordinates"]]
    ring = max(rings, key=len)
    lon = sum(p[0] for p in ring) / len(ring)
    lat = sum(p[1] for p in ring) / len(ring)
    return lat, lon


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="localhost")
    ap.add_argument("--port", type=int, default=55532)
    ap.add_argument("--db", default="turvaverkko")
    ap.add_argument("--user", default="postgres")
    ap.add_argument("--resources", type=int, default=1_000_000)
    ap.add_argument("--disruptions", type=int, default=2000)
    ap.add_argument("--log-entries", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    started = time.time()

    if psql(args, "SELECT count(*) FROM operations.disruption WHERE title = 'BENCH PICTURE'")[0][0] != "0":
        sys.exit("operations_generate: this database already has the benchmark data (BENCH PICTURE)")

    municipalities = []
    for code, aid, region, lat, lon, border in psql(
            args, "SELECT code, id, coalesce(region_id, 0), coalesce(lat::text, ''), coalesce(lon::text, ''),"
                  " coalesce(border::text, '') FROM network.area WHERE type = 'MUNICIPALITY'"):
        if lat:
            la, lo = float(lat), float(lon)
        elif border:
            la, lo = centroid(border)
        else:
            continue
        if not (59.3 <= la <= 70.2 and 19.0 <= lo <= 31.7) or int(region) == 0:
            continue
        municipalities.append((code, int(aid), int(region), la, lo))
    actors_by_region = {}
    for aid, region in psql(args, "SELECT a.id, coalesce(h.region_id, h.id) FROM network.actor a"
                                  " JOIN network.area h ON h.id = a.home_area_id WHERE a.status = 'ACTIVE'"):
        actors_by_region.setdefault(int(region), []).append(int(aid))
    all_actors = [a for v in actors_by_region.values() for a in v]
    authorities = [int(r[0]) for r in psql(args, "SELECT id FROM network.actor WHERE authority")]
    types = [int(r[0]) for r in psql(args, "SELECT id FROM resources.resource_type")]
    first = {t: int(v) for t, v in psql(args, """SELECT 'resource', coalesce(max(id), 0) + 1 FROM resources.resource
        UNION ALL SELECT 'disruption', coalesce(max(id), 0) + 1 FROM operations.disruption
        UNION ALL SELECT 'log', coalesce(max(id), 0) + 1 FROM operations.log_entry
        UNION ALL SELECT 'request', coalesce(max(id), 0) + 1 FROM operations.resource_request
        UNION ALL SELECT 'offer', coalesce(max(id), 0) + 1 FROM operations.offer""")}
    print(f"{len(municipalities)} municipalities, {len(all_actors)} actors, {len(types)} resource types")

    # resources
    res = io.StringIO()
    w = csv.writer(res)
    rid = first["resource"]
    resource_ids = []
    for i in range(args.resources):
        code, aid, region, la, lo = municipalities[i % len(municipalities)]
        dist = rnd.random() ** 0.5 * 0.22
        ang = rnd.random() * 2 * math.pi
        lat = min(70.1, max(59.4, la + dist * math.cos(ang)))
        lon = min(31.6, max(19.1, lo + dist * 2.2 * math.sin(ang)))
        e, n = to_grid(lat, lon)
        ae, an = to_grid(la, lo)
        owners = actors_by_region.get(region) or all_actors
        qty = rnd.choice([1, 1, 1, 2, 3, 5, 10, 40, 100])
        w.writerow([rid, rnd.choice(owners), rnd.choice(types), f"Voimavara {rid}", qty, aid, region or "",
                    f"{lat:.5f}", f"{lon:.5f}", f"({e:.1f},{n:.1f})", f"({ae:.1f},{an:.1f})",
                    rnd.choice(["AVAILABLE"] * 8 + ["LIMITED", "UNAVAILABLE"]), rnd.choice([15, 30, 60, 120, 240]),
                    f"+358 40 {rid % 10000000:07d}", rnd.choice(["NONE", "VERBAL", "WRITTEN", "FRAMEWORK"]),
                    "PUBLIC" if rnd.random() < 0.95 else "RESTRICTED",
                    (dt.date(2026, 11, 1) - dt.timedelta(days=rnd.randint(0, 700))).isoformat()])
        if i < 200_000:
            resource_ids.append(rid)
        rid += 1

    # disruptions, areas, log, requests, offers, commitments
    dis, areas, log, req, off, com = (io.StringIO() for _ in range(6))
    wd, wa, wl, wr, wo, wc = (csv.writer(x) for x in (dis, areas, log, req, off, com))
    did, lid, qid, oid = first["disruption"], first["log"], first["request"], first["offer"]
    kinds = ["STORM", "POWER_OUTAGE", "FLOOD", "FOREST_FIRE", "WATER_CONTAMINATION", "EXTREME_COLD", "CYBER",
             "MASS_CASUALTY", "MISSING_PERSON", "OTHER"]
    texts = ["Puita kaatunut tielle ja sähkölinjoille.", "Lämmittelypaikka avattu koululle.",
             "Vapepan ryhmä aloitti etsinnän.", "Tiedote julkaistu kunnan verkkosivuilla.",
             "Vedenjakelu järjestetty kunnantalolle.", "Varavoimakone käynnistetty pumppaamolla.",
             "Tilannekuvaneuvottelu pidetty.", "Tie suljettu tulvaveden vuoksi."]
    rrows = [m for m in municipalities if m[0] == "698"] or municipalities[:1]
    base = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    # the past disruptions share what the benchmark disruption (500 entries, 100 requests) leaves
    log_per, log_rest = divmod(max(0, args.log_entries - 500), args.disruptions)
    req_per, req_rest = divmod(max(0, args.requests - 100), args.disruptions)

    def add_disruption(title, status, muni, started, n_log, n_req):
        nonlocal did, lid, qid, oid
        code, aid, region, la, lo = muni
        ended = "" if status != "CLOSED" else (started + dt.timedelta(days=3)).isoformat()
        wd.writerow([did, rnd.choice(kinds), title, rnd.choice(["MINOR", "MODERATE", "SEVERE"]), status,
                     rnd.choice(authorities), region, started.isoformat(), ended])
        wa.writerow([did, aid])
        for k in range(n_log):
            at = started + dt.timedelta(minutes=5 * k)
            pt = ["", ""] if k % 4 else [f"{la + rnd.uniform(-0.1, 0.1):.5f}", f"{lo + rnd.uniform(-0.2, 0.2):.5f}"]
            wl.writerow([lid, did, rnd.choice(["OBSERVATION"] * 4 + ["DECISION", "TASK", "MEDIA"]),
                         rnd.choice(texts), at.isoformat(), "Päivystäjä", *pt])
            lid += 1
        for k in range(n_req):
            res_id = rnd.choice(resource_ids)
            filled = status == "CLOSED" or k % 2 == 0
            wr.writerow([qid, did, rnd.choice(types), 1, aid, f"{la:.5f}", f"{lo:.5f}",
                         "FILLED" if filled else "OPEN", rnd.choice(authorities), "Päivystäjä",
                         (started + dt.timedelta(minutes=7 * k)).isoformat()])
            if filled:
                wo.writerow([oid, qid, res_id, rnd.choice(all_actors), 1, "COMMITTED", "Omistaja",
                             (started + dt.timedelta(minutes=7 * k + 3)).isoformat()])
                wc.writerow([oid, qid, res_id, 1, "RELEASED", (started + dt.timedelta(minutes=7 * k + 5)).isoformat(),
                             "Päivystäjä"])
                oid += 1
            qid += 1
        did += 1

    for i in range(args.disruptions):
        add_disruption(f"Häiriötilanne {i + 1}", "CLOSED", rnd.choice(municipalities),
                       base + dt.timedelta(hours=rnd.randint(0, 24 * 700)),
                       log_per + (1 if i < log_rest else 0), req_per + (1 if i < req_rest else 0))
    picture_id = did
    add_disruption("BENCH PICTURE", "ACTIVE", rrows[0], dt.datetime(2026, 11, 26, 6, 0, tzinfo=dt.timezone.utc), 500, 100)

    sql = f"""
BEGIN;
\\copy resources.resource (id, owner_actor_id, type_id, name, quantity, area_id, region_id, lat, lon, pos, area_pos, availability, activation_minutes, contact_247, agreement_status, confidentiality, last_verified) FROM 'RES' WITH (FORMAT csv)
\\copy operations.disruption (id, kind, title, severity, status, lead_actor_id, region_id, started_at, ended_at) FROM 'DIS' WITH (FORMAT csv)
\\copy operations.disruption_area (disruption_id, area_id) FROM 'AREAS' WITH (FORMAT csv)
\\copy operations.log_entry (id, disruption_id, kind, text, occurred_at, author_name, lat, lon) FROM 'LOG' WITH (FORMAT csv)
\\copy operations.resource_request (id, disruption_id, resource_type_id, quantity, area_id, lat, lon, status, requested_by_actor_id, requested_by, created_at) FROM 'REQ' WITH (FORMAT csv)
\\copy operations.offer (id, request_id, resource_id, actor_id, quantity, status, offered_by, created_at) FROM 'OFF' WITH (FORMAT csv)
\\copy operations.commitment (offer_id, request_id, resource_id, quantity, status, committed_at, committed_by) FROM 'COM' WITH (FORMAT csv)
SELECT setval('resources.resource_id_seq', (SELECT max(id) FROM resources.resource));
SELECT setval('operations.disruption_id_seq', (SELECT max(id) FROM operations.disruption));
SELECT setval('operations.log_entry_id_seq', (SELECT max(id) FROM operations.log_entry));
SELECT setval('operations.resource_request_id_seq', (SELECT max(id) FROM operations.resource_request));
SELECT setval('operations.offer_id_seq', (SELECT max(id) FROM operations.offer));
COMMIT;
VACUUM (ANALYZE) resources.resource;
VACUUM (ANALYZE) operations.disruption;
VACUUM (ANALYZE) operations.disruption_area;
VACUUM (ANALYZE) operations.log_entry;
VACUUM (ANALYZE) operations.resource_request;
VACUUM (ANALYZE) operations.offer;
VACUUM (ANALYZE) operations.commitment;
"""
    import tempfile, os
    tmp = tempfile.mkdtemp(prefix="operations-bench-")
    for name, buf in (("RES", res), ("DIS", dis), ("AREAS", areas), ("LOG", log), ("REQ", req), ("OFF", off), ("COM", com)):
        path = os.path.join(tmp, name + ".csv")
        with open(path, "w", encoding="utf-8") as f:
            f.write(buf.getvalue())
        sql = sql.replace("'" + name + "'", "'" + path + "'")
    generated = time.time()
    r = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", args.host, "-p", str(args.port), "-U",
                        args.user, "-d", args.db], input=sql, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("psql failed: " + r.stderr)
    for name in ("RES", "DIS", "AREAS", "LOG", "REQ", "OFF", "COM"):
        os.remove(os.path.join(tmp, name + ".csv"))
    os.rmdir(tmp)
    counts = psql(args, """SELECT (SELECT count(*) FROM resources.resource), (SELECT count(*) FROM operations.disruption),
        (SELECT count(*) FROM operations.log_entry), (SELECT count(*) FROM operations.resource_request)""")[0]
    print(f"PICTURE_DISRUPTION={picture_id}")
    print(f"COUNTS resources={counts[0]} disruptions={counts[1]} log_entries={counts[2]} requests={counts[3]}")
    print(f"ELAPSED generate={generated - started:.1f}s load={time.time() - generated:.1f}s")


if __name__ == "__main__":
    main()
