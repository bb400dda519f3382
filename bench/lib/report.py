#!/usr/bin/env python3
"""Turns bench/out/results.env (written by bench/run) into the section of docs/benchmarks.md.

    report.py RESULTS_FILE DOC_FILE|-

Prints the section; with a DOC_FILE it replaces the section "## Issue 2 — network (national scale)"
there (up to the next "## " heading), or appends it, and keeps every other section. A new file
gets a short introduction first.
"""

import os
import sys

HEADING = "## Issue 2 — network (national scale)"

INTRO = """# Benchmarks

Figures measured on this project's own machines by the scripts under `bench/` (see
`bench/README.md`). Run `bench/run` to measure issue 2's figures again; it rewrites its own section
below and leaves the others alone. Everything runs on one machine over loopback: the app, its
embedded PostgreSQL and the load generator (wrk) share the same cores, so the figures are a floor
for a real deployment rather than a promise. They are recorded here and never asserted in tests.
"""


def read_results(path):
    values = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "=" in line:
                k, v = line.split("=", 1)
                values[k] = v
    return values


def parse_wrk(line):
    if not line:
        return None
    out = {}
    for part in line.split():
        if "=" in part:
            k, v = part.split("=", 1)
            try:
                out[k] = float(v)
            except ValueError:
                out[k] = v
    return out


def num(v, digits=1):
    return ("{:,.%df}" % digits).format(v).replace(",", "\u202f")


def verdict(ok):
    if ok is None:
        return "not measured"
    return "met" if ok else "**not met**"


def build(r):
    static = parse_wrk(r.get("WRK_STATIC"))
    actors = parse_wrk(r.get("WRK_ACTORS"))

    def f(key):
        try:
            return float(r[key])
        except (KeyError, ValueError):
            return None

    first, restart = f("FIRST_START_S"), f("RESTART_S")
    rss1, rss2, rss3 = f("FIRST_RSS_MIB"), f("RESTART_RSS_MIB"), f("RSS_AFTER_LOAD_MIB")
    ratio = None
    if static and actors and static["rps"] > 0:
        ratio = actors["rps"] / static["rps"]
    actor_errors = None
    if actors:
        actor_errors = int(actors["non2xx"] + actors["connect_errors"] + actors["read_errors"]
                           + actors["write_errors"] + actors["timeouts"])
    api_status = r.get("API_STATUS", "?")

    counts = "%s areas (%s regions, %s municipalities), %s actors, %s groups, %s memberships, %s meetings" % tuple(
        num(float(r.get("COUNT_" + k, "0")), 0) for k in
        ("AREAS", "REGIONS", "MUNICIPALITIES", "ACTORS", "GROUPS", "MEMBERSHIPS", "MEETINGS"))
    ram_gib = float(r.get("RAM_MIB", "0")) / 1024
    machine = "%s cores (%s), %.1f GiB RAM; %s" % (r.get("NPROC", "?"), r.get("CPU", "?"), ram_gib, r.get("JAVA", "?"))

    rows = [
        ("Date", r.get("DATE", "?"), "", ""),
        ("Machine", machine, "", ""),
        ("Build", "`%s`, %s" % (os.path.basename(r.get("JAR", "?")), r.get("BUILD", "?")), "", ""),
        ("Data (`bench/generate --scale %s`, plus the demo data)" % r.get("GENERATE_SCALE", "?"), counts, "", ""),
        ("First start, launch until the last demo data has loaded (initdb, migrations, demo data)",
         "%s s" % num(first) if first is not None else "?", "≤ 30 s",
         verdict(None if first is None else first <= 30)),
        ("Restart on the loaded data, launch to UP",
         "%s s" % num(restart) if restart is not None else "?", "≤ 15 s",
         verdict(None if restart is None else restart <= 15)),
        ("JVM RSS after the first start, `-Xmx256m`", "%s MiB" % num(rss1, 0) if rss1 is not None else "?",
         "≤ 512 MiB", verdict(None if rss1 is None else rss1 <= 512)),
        ("JVM RSS after the restart, `-Xmx256m`", "%s MiB" % num(rss2, 0) if rss2 is not None else "?",
         "≤ 512 MiB", verdict(None if rss2 is None else rss2 <= 512)),
    ]
    if static:
        rows.append(("Static file `GET /css/app.css`",
                     "%s req/s, p50 %s ms, p99 %s ms" % (num(static["rps"], 0), num(static["p50_ms"], 2),
                                                         num(static["p99_ms"], 1)), "(reference)", ""))
    if actors:
        note = "" if not actor_errors else " (%d failed responses)" % actor_errors
        rows.append(("`GET /api/v1/actors?size=50`, Bearer token of `%s`" % r.get("TOKEN_USER", "?"),
                     "%s req/s, p50 %s ms, p90 %s ms, p99 %s ms%s" % (
                         num(actors["rps"], 0), num(actors["p50_ms"], 2), num(actors["p90_ms"], 1),
                         num(actors["p99_ms"], 1), note), "", ""))
        rows.append(("Throughput of the actors API / static file", "%s %%" % num(ratio * 100, 0), "≥ 50 %",
                     verdict(ratio >= 0.5 and not actor_errors)))
        rows.append(("p99 latency of the actors API", "%s ms" % num(actors["p99_ms"], 1), "≤ 100 ms",
                     verdict(actors["p99_ms"] <= 100 and not actor_errors)))
    else:
        if not r.get("TOKEN_USER"):
            why = "not measured: no user in `identity.app_user` to make a token for (no demo data?)"
        else:
            why = "not measured: the endpoint answered HTTP %s" % api_status
        rows.append(("`GET /api/v1/actors?size=50`", why, "", ""))
        rows.append(("Throughput of the actors API / static file", "—", "≥ 50 %", verdict(None)))
        rows.append(("p99 latency of the actors API", "—", "≤ 100 ms", verdict(None)))
    if rss3 is not None:
        rows.append(("JVM RSS after the load runs (for information)", "%s MiB" % num(rss3, 0), "", ""))
    foreign = [(label, f(key)) for label, key in (("first start", "FIRST_FOREIGN_CPU_PCT"),
                                                  ("restart", "RESTART_FOREIGN_CPU_PCT"),
                                                  ("wrk runs", "FOREIGN_CPU_PCT")) if f(key) is not None]
    if foreign:
        rows.append(("Busy CPU time used by other processes (builds, tests) during the …",
                     ", ".join("%s %s %%" % (label, num(v, 0)) for label, v in foreign)
                     + ("; load average %s before the run" % r["LOAD_BEFORE"] if r.get("LOAD_BEFORE") else ""),
                     "≈ 0 %", "" if max(v for _, v in foreign) <= 10 else "**disturbed**"))

    lines = [HEADING, "",
             "Measured by `bench/run`: %s on loopback (wrk, the app and its embedded PostgreSQL on the same "
             "machine). The start times run from launching `java -Xmx256m -jar` to the first `UP` from "
             "`/actuator/health`; RSS is the JVM's `VmRSS` right then (the embedded PostgreSQL's own memory "
             "is not in it)." % r.get("WRK_SETUP", "wrk"),
             "",
             "To measure again (builds the jar first; waits up to 15 minutes for a quiet machine): "
             "`bench/run --rebuild --wait-idle 900`.",
             "",
             "| | measured | target | |",
             "|---|---|---|---|"]
    for what, measured, target, ok in rows:
        lines.append("| %s | %s | %s | %s |" % (what, measured.replace("|", "\\|"), target, ok))
    if foreign and max(v for _, v in foreign) > 10:
        lines += ["", "Other work shared the machine's cores during this run (see the last row), so the start "
                  "times are too long and the throughputs too low; `bench/run --wait-idle 900` waits for a quiet "
                  "machine first."]
    gen = r.get("GENERATE_LINE")
    if gen:
        lines += ["", "Loading the data with `bench/generate` took: %s." % gen.replace("elapsed: ", "")]
    lines.append("")
    return "\n".join(lines)


def replace_section(doc, section):
    if not doc.strip():
        return INTRO + "\n" + section
    lines = doc.split("\n")
    start = next((i for i, line in enumerate(lines) if line.strip() == HEADING), None)
    if start is None:
        return doc.rstrip("\n") + "\n\n" + section
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    tail = "\n".join(lines[end:])
    head = "\n".join(lines[:start])
    return head + ("\n" if head else "") + section + ("\n" + tail if tail else "")


def main():
    results, doc_path = sys.argv[1], sys.argv[2]
    section = build(read_results(results))
    print()
    print(section)
    if doc_path != "-":
        old = ""
        if os.path.exists(doc_path):
            with open(doc_path, encoding="utf-8") as f:
                old = f.read()
        os.makedirs(os.path.dirname(doc_path), exist_ok=True)
        with open(doc_path, "w", encoding="utf-8") as f:
            f.write(replace_section(old, section).rstrip("\n") + "\n")
        print("written to %s" % doc_path)


if __name__ == "__main__":
    main()
