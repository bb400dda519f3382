#!/usr/bin/env python3
"""Turns bench/out/planning/results.env into the planning figures (issue 3's targets, measured without caches)."""

import datetime as dt
import os
import subprocess
import sys


def main():
    env_path, out_path, java, duration, warmup = sys.argv[1:6]
    r = {}
    for line in open(env_path, encoding="utf-8"):
        if "=" in line:
            k, v = line.rstrip("\n").split("=", 1)
            r[k] = v

    def f(key, default="–"):
        return r.get(key, default)

    def num(key):
        try:
            return float(r[key])
        except (KeyError, ValueError):
            return None

    static_rps, list_rps, list_p99 = num("STATIC_RPS"), num("LIST_RPS"), num("LIST_P99_MS")
    ratio = list_rps / static_rps * 100 if static_rps and list_rps else None
    import_rows, import_s, copy_s = num("IMPORT_ROWS"), num("IMPORT_S"), num("COPY_S")
    rows_per_s = import_rows / import_s if import_rows and import_s else None
    export_s = num("EXPORT_TEN_S")

    def met(ok):
        return "met" if ok else "**not met**"

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    lines = [
        "# Planning at national scale, without caches (issue 11; issue 3's targets)",
        "",
        "Measured by `bench/planning/run`; to measure again on a quiet machine:",
        "",
        "```",
        "./mvnw -q -B -DskipTests -Dspotless.check.skip=true package   # builds target/turvaverkko-0.1.0-SNAPSHOT.jar",
        "bench/planning/run --wait-idle 900                           # about 6 minutes; writes this file",
        "```",
        "",
        "The run starts the app (`%s`) on a fresh embedded PostgreSQL, loads the network at national scale"
        " (`bench/generate --scale national`) and the planning data (`bench/planning/generate.py`), restarts the"
        " app, and measures on loopback with wrk (2 threads, %s s per endpoint after %s s of warm-up), curl and"
        " psql — the app, its database and the load generator share the machine's %d cores. API calls carry a"
        " Bearer token of the demo user `coordinator`." % (java, duration, warmup, os.cpu_count()),
        "",
        "| | measured | target | |",
        "|---|---|---|---|",
        "| Date | %s UTC | | |" % dt.datetime.utcnow().strftime("%Y-%m-%d %H:%M"),
        "| Machine | %d cores (%s); load average %s before, %s after | | |" % (
            os.cpu_count(), cpu, f("LOAD_BEFORE"), f("LOAD_AFTER")),
        "| Build | commit %s | | |" % commit,
        "| Data | %s programmes (%s restricted), %s goals, %s links, %s measures, %s progress updates; %s areas, %s actors | "
        "1 500, 15 000, 20 000, 100 000, 500 000 | |" % (
            f("COUNT_PROGRAMMES"), f("COUNT_RESTRICTED"), f("COUNT_GOALS"), f("COUNT_LINKS"), f("COUNT_MEASURES"),
            f("COUNT_PROGRESS"), f("COUNT_AREAS"), f("COUNT_ACTORS")),
        "| Loading the planning data | %s | | |" % f("GENERATE"),
        "| No-database endpoint `GET /css/app.css`, 32 connections | %s req/s, p50 %s ms, p99 %s ms | (reference) | |" % (
            f("STATIC_RPS"), f("STATIC_P50_MS"), f("STATIC_P99_MS")),
        "| `GET /api/v1/measures?area=%s&theme=FIRE_SAFETY&size=50` (%s matches), 32 connections | %s req/s, p50 %s ms,"
        " p90 %s ms, p99 %s ms | p99 ≤ 100 ms | %s |" % (
            "19", f("LIST_TOTAL"), f("LIST_RPS"), f("LIST_P50_MS"), f("LIST_P90_MS"), f("LIST_P99_MS"),
            met(list_p99 is not None and list_p99 <= 100)),
        "| Its throughput against the no-database endpoint | %s | ≥ 40 %% | %s |" % (
            "%.0f %%" % ratio if ratio is not None else "–", met(ratio is not None and ratio >= 40)),
        "| `GET /api/v1/measures?size=1000` (a thousand measures as JSON), 8 connections | %s req/s, p50 %s ms, p99 %s ms"
        " | (figures asked) | |" % (f("BIG_RPS"), f("BIG_P50_MS"), f("BIG_P99_MS")),
        "| CSV import of %s measures (%.1f MB) into an empty action list, one request (after a warm-up import of 20 000 rows"
        " into another list) | %s s = %s rows/s | ≥ 20 000 rows/s | %s |" % (
            f("IMPORT_ROWS"), (num("IMPORT_BYTES") or 0) / 1e6, f("IMPORT_S"),
            "%.0f" % rows_per_s if rows_per_s else "–", met(rows_per_s is not None and rows_per_s >= 20000)),
        "| Where the import's time went (the app's log) | %s | | |" % f("IMPORT_LOG"),
        "| PostgreSQL `COPY` of the same file into a plain table (psql `\\copy`) | %s s; the import takes %s× as long | "
        "(ratio asked) | |" % (f("COPY_S"), "%.1f" % (import_s / copy_s) if import_s and copy_s else "–"),
        "| XLSX export of %s measures (`theme=%s`) | %s s, %s bytes; JVM RSS %s → peak %s MiB | ≤ 10 s | %s |" % (
            f("EXPORT_TEN_ROWS"), f("EXPORT_THEME"), f("EXPORT_TEN_S"), f("EXPORT_TEN_BYTES"),
            f("EXPORT_TEN_RSS_BEFORE_MIB"), f("EXPORT_TEN_RSS_PEAK_MIB"), met(export_s is not None and export_s <= 10)),
        "| XLSX export of every measure, for comparison of memory | %s rows in %s s; JVM RSS %s → peak %s MiB | memory flat |"
        " %s |" % (f("EXPORT_ALL_ROWS"), f("EXPORT_ALL_S"), f("EXPORT_ALL_RSS_BEFORE_MIB"), f("EXPORT_ALL_RSS_PEAK_MIB"),
                  "see note"),
        "",
        "Notes. The list endpoint filters with one key of a GIN index that holds each measure's areas, the areas above"
        " them and those crossed with its themes (`scope_keys`), sorts the matches and counts them; the names of the"
        " areas come from `network.v_area` in the same query, and who may read a restricted plan is a condition of"
        " that query. Nothing is kept between requests (issue 11 removed the page cache and the rights cache): every"
        " request of the wrk run is read from the database. After the import, GIN indexes hold the"
        " new rows in their pending lists until autovacuum merges them (about a minute). The export streams rows from a server-side cursor (fetch size 1 000) into the XLSX writer,"
        " which flushes every 1 000 rows, so memory does not grow with the number of rows: compare the peak RSS of the"
        " 10 000-row and the full export. The import reads and checks every row before it writes anything, then writes"
        " the measures and their costs with PostgreSQL COPY in the same transaction.",
        "",
    ]
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))
    print("wrote " + out_path)


if __name__ == "__main__":
    main()
