#!/usr/bin/env python3
"""Measures issue 4's indicator import through the running app's API and writes bench/results/issue-4.md.

    bench/indicators-import [--url http://localhost:8172] [--user admin --password demo]
                            [--indicators 100] [--years 15] [--rows-per-file 100000]
                            [--wrk-seconds 15] [--no-doc] [--db-port 55432]

Creates INDICATORS new indicator definitions (codes IMPB_<run>_NNN) through the API, builds CSV
files (indicator_code;area_code;year;value, decimal comma, as a person exports them from Sotkanet)
with a value for every region and municipality and each of YEARS years, and posts each file to
POST /api/v1/indicators/import (all or nothing, one transaction per file). The figure is values
written per second of wall time, measured by the client on loopback. A small warm-up file goes
first and is not counted; one file is then imported again with replace=true. With --wrk-seconds > 0
(and wrk installed) it also measures the risk matrix and the scenario list of one region with wrk
at 8 connections, for information. Standard library only.
"""

import argparse
import base64
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def request(base, auth, method, path, body=None, content_type="application/json", timeout=600):
    req = urllib.request.Request(base + path, data=body, method=method)
    req.add_header("Authorization", auth)
    req.add_header("Accept", "application/json")
    if body is not None:
        req.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def areas(base, auth):
    codes = []
    for kind in ("REGION", "MUNICIPALITY"):
        status, body = request(base, auth, "GET", "/api/v1/areas?type=%s&size=1000" % kind)
        if status != 200:
            sys.exit("bench/indicators-import: cannot list areas (%s): %s" % (status, body[:300]))
        codes += [a["code"] for a in json.loads(body)["content"]]
    return codes


def create_indicators(base, auth, run, n):
    codes = []
    for i in range(1, n + 1):
        code = "IMPB_%s_%03d" % (run, i)
        body = json.dumps({"code": code, "name": "Tuontitesti %s %03d" % (run, i), "unit": "PER_1000",
                           "source": "SOTKANET", "polarity": "HIGHER_IS_WORSE", "kind": "CURRENT_STATE",
                           "decimals": 1}).encode()
        status, answer = request(base, auth, "POST", "/api/v1/indicators", body)
        if status != 201:
            sys.exit("bench/indicators-import: cannot create indicator %s (%s): %s" % (code, status, answer[:300]))
        codes.append(code)
    return codes


def files(codes, area_codes, years, rows_per_file, seed):
    rnd = random.Random(seed)
    last = dt.date.today().year - 1
    rows = []
    for code in codes:
        for area in area_codes:
            base = rnd.uniform(1, 50)
            for y in range(last - years + 1, last + 1):
                rows.append("%s;%s;%d;%s" % (code, area, y, ("%.1f" % (base * rnd.uniform(0.9, 1.1))).replace(".", ",")))
    out = []
    for i in range(0, len(rows), rows_per_file):
        chunk = rows[i:i + rows_per_file]
        out.append(("\ufeffindicator_code;area_code;year;value\n" + "\n".join(chunk) + "\n").encode("utf-8"))
    return out, len(rows)


def post_file(base, auth, content, replace=False):
    t0 = time.perf_counter()
    status, answer = request(base, auth, "POST", "/api/v1/indicators/import" + ("?replace=true" if replace else ""),
                             content, "text/csv")
    t1 = time.perf_counter()
    if status != 200:
        sys.exit("bench/indicators-import: import refused (%s): %s" % (status, answer[:500]))
    return t1 - t0, json.loads(answer)


def wrk(url, auth_header, seconds):
    if not shutil.which("wrk") or seconds <= 0:
        return None
    lua = os.path.join(ROOT, "bench", "lib", "report.lua")
    cmd = ["wrk", "-t2", "-c8", "-d%ds" % seconds, "--latency", "-H", auth_header]
    if os.path.exists(lua):
        cmd += ["-s", lua]
    r = subprocess.run(cmd + [url], capture_output=True, text=True)
    m = re.search(r"WRK requests=(\S+) rps=(\S+) p50_ms=(\S+) p99_ms=(\S+)", r.stdout)
    if m:
        return {"rps": float(m.group(2)), "p50": float(m.group(3)), "p99": float(m.group(4))}
    rps = re.search(r"Requests/sec:\s+([\d.]+)", r.stdout)
    p50 = re.search(r"50%\s+([\d.]+)(ms|s|us)", r.stdout)
    p99 = re.search(r"99%\s+([\d.]+)(ms|s|us)", r.stdout)

    def ms(m):
        if not m:
            return float("nan")
        v = float(m.group(1))
        return v * 1000 if m.group(2) == "s" else v / 1000 if m.group(2) == "us" else v

    return {"rps": float(rps.group(1)) if rps else float("nan"), "p50": ms(p50), "p99": ms(p99)}


def token(db_port, username):
    """A personal API token for the user, inserted as bench/run does; None without psql."""
    if not shutil.which("psql") or not db_port:
        return None
    import hashlib
    import secrets
    value = "tvk_bench_" + secrets.token_urlsafe(24)
    digest = hashlib.sha256(value.encode()).hexdigest()
    sql = ("INSERT INTO identity.api_token (user_id, name, token_hash, token_prefix) SELECT id, 'bench/indicators-import',"
           " '%s', '%s' FROM identity.app_user WHERE username = '%s'" % (digest, value[:10], username))
    r = subprocess.run(["psql", "-X", "-w", "-h", "localhost", "-p", str(db_port), "-U", "postgres", "-d", "turvaverkko",
                        "-q", "-c", sql], capture_output=True, text=True)
    return "Bearer " + value if r.returncode == 0 else None


def git_commit():
    try:
        c = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout
        return c.strip()
    except OSError:
        return "?"


def machine():
    cores = os.cpu_count()
    model = ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return "%s cores (%s), %s; %s" % (cores, model, platform.platform(), java[0] if java else "java ?")


def counts(db_port):
    if not shutil.which("psql") or not db_port:
        return None
    sql = ("SELECT (SELECT count(*) FROM indicators.indicator), (SELECT count(*) FROM indicators.indicator_value),"
           " (SELECT count(*) FROM risks.scenario), (SELECT count(*) FROM risks.scenario WHERE restricted),"
           " (SELECT count(*) FROM network.area WHERE type IN ('REGION', 'MUNICIPALITY'))")
    r = subprocess.run(["psql", "-X", "-w", "-h", "localhost", "-p", str(db_port), "-U", "postgres", "-d", "turvaverkko",
                        "-A", "-t", "-F", " ", "-c", sql], capture_output=True, text=True)
    return r.stdout.split() if r.returncode == 0 else None


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return f.read().split()[0]
    except OSError:
        return "?"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", default="http://localhost:8172")
    ap.add_argument("--user", default="admin")
    ap.add_argument("--password", default="demo")
    ap.add_argument("--indicators", type=int, default=100)
    ap.add_argument("--years", type=int, default=15)
    ap.add_argument("--rows-per-file", type=int, default=100000)
    ap.add_argument("--wrk-seconds", type=int, default=15)
    ap.add_argument("--region", default="19")
    ap.add_argument("--db-port", default="55432")
    ap.add_argument("--no-doc", action="store_true")
    ap.add_argument("--command", default=" ".join(["bench/indicators-import"] + sys.argv[1:]))
    a = ap.parse_args()
    # a Bearer token when the database is reachable: Basic runs BCrypt on every request
    auth = token(a.db_port, a.user) or "Basic " + base64.b64encode(("%s:%s" % (a.user, a.password)).encode()).decode()
    reader = token(a.db_port, "coordinator") or auth
    run = dt.datetime.now().strftime("%H%M%S")
    area_codes = areas(a.url, auth)
    load_before = load_average()
    # warm-up: two files of 50,000 rows, not counted, so that the JIT has compiled the import
    warm = create_indicators(a.url, auth, run + "W", max(1, 100000 // (len(area_codes) * a.years) + 1))
    warm_files, _ = files(warm, area_codes, a.years, 50000, 1)
    for f in warm_files:
        post_file(a.url, auth, f)
    codes = create_indicators(a.url, auth, run, a.indicators)
    content, total = files(codes, area_codes, a.years, a.rows_per_file, 2)
    times = []
    rows = []
    for f in content:
        seconds, answer = post_file(a.url, auth, f)
        times.append(seconds)
        rows.append(answer["rows"])
        print("  %7d values in %6.2f s: %8.0f values/s" % (answer["rows"], seconds, answer["rows"] / seconds))
    elapsed = sum(times)
    rate = total / elapsed
    replace_seconds, replace_answer = post_file(a.url, auth, content[0], replace=True)
    replace_rate = replace_answer["rows"] / replace_seconds
    mb = sum(len(f) for f in content) / 1e6
    print("bench/indicators-import: %d values (%d indicators × %d areas × %d years) in %d files, %.1f MB:"
          " %.1f s, %.0f values/s; replace %.0f values/s" % (
              total, a.indicators, len(area_codes), a.years, len(content), mb, elapsed, rate, replace_rate))
    header = "Authorization: " + reader
    matrix = wrk("%s/api/v1/risks/matrix?region=%s" % (a.url, a.region), header, a.wrk_seconds)
    scenarios = wrk("%s/api/v1/risks?region=%s&size=50" % (a.url, a.region), header, a.wrk_seconds)
    trends = wrk("%s/api/v1/indicator-values?within=%s&year=%d&size=100" % (
        a.url, a.region, dt.date.today().year - 1), header, a.wrk_seconds)
    data = counts(a.db_port)
    load_after = load_average()
    if a.no_doc:
        return
    lines = ["# Issue 4 — indicators and risks (first half): measured figures", "",
             "Measured with the last command below; the whole sequence, from a fresh data folder:", "",
             "```",
             "./mvnw -q -B -DskipTests -Dspotless.check.skip=true package",
             "java -Xmx512m -jar target/turvaverkko-0.1.0-SNAPSHOT.jar --turvaverkko.data-dir=/tmp/risks-bench \\",
             "     --turvaverkko.embedded-db.port=55472 --server.port=8172 &   # wait for /actuator/health UP",
             "bench/generate --scale national --port 55472",
             "bench/indicators-generate --port 55472     # 300 indicators x 328 areas x 15 years",
             "bench/risks-generate --port 55472          # 5,000 scenarios",
             a.command,
             "```", "",
             "Data: `bench/generate --scale national`, then `bench/indicators-generate` (300 indicators × 328"
             " regions and municipalities × 15 years) and `bench/risks-generate` (5,000 scenarios), on top of the"
             " demo data.", "",
             "| | measured | target | |", "|---|---|---|---|",
             "| Date | %s |  |  |" % dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
             "| Machine | %s |  |  |" % machine(),
             "| Build | commit %s |  |  |" % git_commit()]
    if data:
        lines.append("| Data in the database after the run | %s indicators, %s values, %s scenarios (%s restricted),"
                     " %s regions and municipalities |  |  |" % tuple(data))
    lines += ["| Indicator import, `POST /api/v1/indicators/import` (CSV, %d files of ≤ %d rows, %.1f MB, one"
              " transaction per file) | **%.0f values/s** (%d values in %.1f s; per file %.0f–%.0f values/s) |"
              " ≥ 50,000 values/s | %s |" % (
                  len(content), a.rows_per_file, mb, rate, total, elapsed,
                  min(r / t for r, t in zip(rows, times)), max(r / t for r, t in zip(rows, times)),
                  "met" if rate >= 50000 else "**not met**"),
              "| The same file again with `replace=true` (every value replaced) | %.0f values/s |  |  |" % replace_rate]
    for name, r in (("`GET /api/v1/risks/matrix?region=%s`" % a.region, matrix),
                    ("`GET /api/v1/risks?region=%s&size=50`" % a.region, scenarios),
                    ("`GET /api/v1/indicator-values?within=%s&year=…&size=100`" % a.region, trends)):
        if r:
            lines.append("| %s, wrk 8 connections, %d s (for information) | %.0f req/s, p50 %.1f ms, p99 %.1f ms |"
                         "  |  |" % (name, a.wrk_seconds, r["rps"], r["p50"], r["p99"]))
    lines += ["| Load average before / after | %s / %s |  |  |" % (load_before, load_after), "",
              "The import rate is the client's wall time: HTTP upload, parsing and checking every row (indicator,"
              " area, year not in the future, value, duplicates in the file and in the database), and writing in"
              " batches of 50,000 rows with `INSERT … SELECT FROM unnest(…)`, in one transaction per file. Other"
              " work on the machine (parallel builds) lowers every figure; re-run on a quiet machine with the"
              " command above.", ""]
    path = os.path.join(ROOT, "bench", "results", "issue-4.md")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote " + path)


if __name__ == "__main__":
    main()
