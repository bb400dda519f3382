#!/usr/bin/env python3
"""Loads completed continuity self-assessments into a migrated Turvaverkko database (issue 6 bench).

Businesses answer the full questionnaire (BCM), NGOs, parishes and municipalities the light one
(BCM_LIGHT); each assessment has an answer to every question, its per-section sums and its snapshot
of sector, region and sub-region, exactly as a submitted one. About one in eight respondents also has
an older, superseded assessment. Everything goes in one transaction with COPY through psql.

Then every region gets a lead actor (an existing one of the region when it has none) and a bench
user `bench_coordinator` acting for all of them with the COORDINATOR role, with a Bearer token
printed on stdout as `TOKEN=...`, so that the regional aggregates can be measured for any region.
Standard library only.
"""
import argparse
import hashlib
import io
import random
import secrets
import subprocess
import sys


def psql(args, sql, stdin=None):
    cmd = ["psql", "-X", "-w", "-q", "-h", args.host, "-p", str(args.port), "-U", args.user, "-d", args.db,
           "-v", "ON_ERROR_STOP=1", "-At", "-F", "\t"]
    out = subprocess.run(cmd + (["-c", sql] if sql else []), input=stdin, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("psql failed: " + out.stderr)
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="localhost")
    p.add_argument("--port", type=int, default=55462)
    p.add_argument("--db", default="turvaverkko")
    p.add_argument("--user", default="postgres")
    p.add_argument("--assessments", type=int, default=8000)
    p.add_argument("--seed", type=int, default=20260601)
    args = p.parse_args()
    rnd = random.Random(args.seed)

    if psql(args, "SELECT count(*) FROM continuity.assessment WHERE created_by = 'bench'")[0][0] != "0":
        print("bench assessments exist already: nothing written")
        sys.exit(3)

    # the current questionnaires and their questions (section code per question)
    questionnaires = {}
    for qid, code in psql(args, """SELECT DISTINCT ON (code) id, code FROM continuity.questionnaire
                                   WHERE status = 'PUBLISHED' ORDER BY code, version DESC"""):
        rows = psql(args, f"""SELECT q.id, s.code FROM continuity.question q JOIN continuity.section s
                              ON s.id = q.section_id WHERE q.questionnaire_id = {qid} ORDER BY s.position, q.position""")
        questionnaires[code] = (int(qid), [(int(r[0]), r[1]) for r in rows])
    if "BCM" not in questionnaires or "BCM_LIGHT" not in questionnaires:
        sys.exit("the questionnaires BCM and BCM_LIGHT are missing: is the database migrated?")

    # respondents: active actors with their region and sub-region
    actors = psql(args, """
        SELECT a.id, a.sector, a.home_area_id,
               CASE WHEN h.type = 'REGION' THEN h.id ELSE h.region_id END AS region_id,
               (SELECT s.id FROM network.area s WHERE s.type = 'SUBREGION' AND h.path LIKE s.path || '%' LIMIT 1)
        FROM network.actor a JOIN network.area h ON h.id = a.home_area_id
        WHERE a.status = 'ACTIVE' AND a.sector IN ('BUSINESS', 'NGO', 'CHURCH', 'MUNICIPALITY')
          AND NOT EXISTS (SELECT 1 FROM continuity.assessment x WHERE x.actor_id = a.id AND x.latest)
          AND (h.type = 'REGION' OR h.region_id IS NOT NULL)""")
    rnd.shuffle(actors)
    # businesses first: the full self-assessment is the heavier one
    actors.sort(key=lambda a: a[1] != "BUSINESS")
    history = args.assessments // 9
    respondents = actors[: args.assessments - history]
    if len(respondents) + history < args.assessments:
        sys.exit(f"only {len(actors)} actors without an assessment: generate the network at national scale first")

    start = int(psql(args, "SELECT COALESCE(max(id), 0) + 1 FROM continuity.assessment")[0][0])
    assessment = io.StringIO()
    answer = io.StringIO()
    section = io.StringIO()
    aid = start
    counts = {"BCM": 0, "BCM_LIGHT": 0}
    plan = [(a, True) for a in respondents] + [(a, False) for a in respondents[:history]]
    for (actor_id, sector, area_id, region_id, subregion_id), latest in plan:
        family = "BCM" if sector == "BUSINESS" else "BCM_LIGHT"
        qid, questions = questionnaires[family]
        base = rnd.choice([0, 1, 1, 2, 2, 2, 3, 3])
        bias = {s: rnd.choice([-1, 0, 0, 0, 1]) for s in {q[1] for q in questions}}
        sums = {}
        for question_id, section_code in questions:
            score = max(0, min(4, base + bias[section_code] + rnd.choice([-1, 0, 0, 1])))
            total, n = sums.get(section_code, (0, 0))
            sums[section_code] = (total + score, n + 1)
            answer.write(f"{aid}\t{qid}\t{question_id}\t{score}\n")
        overall = sum(t / n for t, n in sums.values()) / len(sums)
        days = rnd.randint(1, 360) if latest else rnd.randint(400, 900)
        when = f"now() - interval '{days} days'"
        assessment.write("\t".join([
            str(aid), actor_id, str(qid), family, "SUBMITTED", "bench", str(days), sector, area_id,
            subregion_id or "\\N", region_id, f"{overall:.3f}", "t" if latest else "f"]) + "\n")
        for code, (t, n) in sums.items():
            section.write(f"{aid}\t{code}\t{t}\t{n}\n")
        counts[family] += 1
        aid += 1

    script = io.StringIO()
    script.write("BEGIN;\n")
    script.write("CREATE TEMP TABLE bench_assessment (id bigint, actor_id bigint, questionnaire_id bigint, family text,"
                 " status text, created_by text, days int, sector text, area_id bigint, subregion_id bigint,"
                 " region_id bigint, overall numeric, latest boolean);\n")
    script.write("COPY bench_assessment FROM STDIN;\n" + assessment.getvalue() + "\\.\n")
    script.write("""INSERT INTO continuity.assessment (id, actor_id, questionnaire_id, family, status, created_by,
                    created_at, updated_at, submitted_at, sector, area_id, subregion_id, region_id, overall, latest)
                    SELECT id, actor_id, questionnaire_id, family, status, created_by,
                           now() - make_interval(days => days + 3), now() - make_interval(days => days),
                           now() - make_interval(days => days), sector, area_id, subregion_id, region_id, overall, latest
                    FROM bench_assessment;\n""")
    script.write("COPY continuity.answer (assessment_id, questionnaire_id, question_id, score) FROM STDIN;\n"
                 + answer.getvalue() + "\\.\n")
    script.write("COPY continuity.section_score (assessment_id, section_code, score_sum, question_count) FROM STDIN;\n"
                 + section.getvalue() + "\\.\n")
    script.write("SELECT setval('continuity.assessment_id_seq', (SELECT max(id) FROM continuity.assessment));\n")
    # a lead actor for every region that has none, and a bench coordinator for them all
    script.write("""UPDATE network.area r SET lead_actor_id = (
                        SELECT a.id FROM network.actor a JOIN network.area h ON h.id = a.home_area_id
                        WHERE (h.id = r.id OR h.region_id = r.id) AND a.status = 'ACTIVE'
                        ORDER BY a.sector <> 'STATE_AUTHORITY', a.id LIMIT 1)
                    WHERE r.type = 'REGION' AND r.lead_actor_id IS NULL;\n""")
    token = "tvk_bench_" + secrets.token_urlsafe(24)
    digest = hashlib.sha256(token.encode()).hexdigest()
    script.write("""INSERT INTO identity.app_user (username, display_name, email, password_hash, roles, status)
                    VALUES ('bench_coordinator', 'Bench coordinator', NULL, '{noop}-', '{COORDINATOR}', 'ACTIVE')
                    ON CONFLICT DO NOTHING;\n""")
    script.write("""INSERT INTO identity.user_actor (user_id, actor_id)
                    SELECT u.id, r.lead_actor_id FROM identity.app_user u, network.area r
                    WHERE u.username = 'bench_coordinator' AND r.type = 'REGION' AND r.lead_actor_id IS NOT NULL
                    ON CONFLICT DO NOTHING;\n""")
    script.write(f"""INSERT INTO identity.api_token (user_id, name, token_hash, token_prefix)
                     SELECT id, 'bench/continuity', '{digest}', '{token[:10]}' FROM identity.app_user
                     WHERE username = 'bench_coordinator';\n""")
    script.write("COMMIT;\nVACUUM (ANALYZE) continuity.assessment, continuity.answer, continuity.section_score;\n")
    psql(args, None, stdin=script.getvalue())
    print(f"ASSESSMENTS={aid - start} BCM={counts['BCM']} BCM_LIGHT={counts['BCM_LIGHT']} LATEST={len(respondents)}"
          f" ANSWERS={answer.getvalue().count(chr(10))}")
    print(f"TOKEN={token}")


if __name__ == "__main__":
    main()
