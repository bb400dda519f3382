#!/usr/bin/env python3
"""National-scale planning data for Turvaverkko (issue 3), written with PostgreSQL COPY through psql.

    bench/planning/generate.py [--host localhost --port 55432 --db turvaverkko --user postgres]
                               [--seed 20260101] [--import-csv FILE --import-rows 100000]

Run it after `bench/generate --scale national` on a migrated database (the app started on it once).
It adds 1,500 programmes, 15,000 goals, 20,000 alignment links, 100,000 measures with their costs per
year and 500,000 progress updates, spread over every region and municipality the database holds:
each region gets its regional programme, strategy and action list, each municipality its wellbeing
plan, safety plan, preparedness plan (some restricted), wellbeing report and sector plans. Links go
from municipal goals up to regional goals and from regional goals up to the national strategy, so
they never make a cycle. With --import-csv it also writes a CSV file of new measures (the API's
columns, ';' and a BOM) for the import benchmark, without loading it.

Everything goes in one transaction, followed by VACUUM (ANALYZE). A programme named "BENCH MARKER"
is added; a second run on the same database refuses to start. Standard library only.
"""

import argparse
import csv
import datetime as dt
import io
import os
import random
import subprocess
import sys
import time

MARKER = "BENCH MARKER"
TARGETS = {"programmes": 1500, "goals": 15000, "links": 20000, "measures": 100000, "progress": 500000}

THEMES = ["SAFE_MOBILITY", "LEARNING_ENVIRONMENT", "SUBSTANCE_USE", "VIOLENCE_CRIME", "EXCLUSION", "VICTIM_SUPPORT",
          "HOME_LEISURE_ACCIDENTS", "FIRE_SAFETY", "PREPAREDNESS", "VILLAGE_SAFETY", "TOURISM_SAFETY",
          "SAFETY_TRAINING", "PLANNING_MONITORING"]
TARGET_GROUPS = ["FAMILIES", "CHILDREN_YOUTH", "OLDER_PEOPLE", "IMMIGRANTS", "TOURISTS", "VILLAGES", "WORKPLACES",
                 "WHOLE_POPULATION"]
EMPHASES = ["PREVENTION"] * 40 + ["EARLY_INTERVENTION"] * 20 + ["EVERYDAY_SAFETY"] * 15 + \
           ["EXCLUSION_PREVENTION"] * 10 + ["CORRECTIVE"] * 15
FUNDING = ["MUNICIPAL_BUDGET"] * 5 + ["WELLBEING_COUNTY_BUDGET"] * 2 + ["STATE_GRANT", "EU_FUNDING", "STEA",
                                                                         "OWN_FUNDS", "STATE_BUDGET"]

# (theme, target group, title, typical yearly cost)
MEASURE_KINDS = [
    ("FIRE_SAFETY", "OLDER_PEOPLE", "Kotien paloturvallisuuskartoitukset ikääntyneille", 15000),
    ("HOME_LEISURE_ACCIDENTS", "OLDER_PEOPLE", "Kaatumisten ehkäisyn liikuntaryhmät", 8000),
    ("SAFE_MOBILITY", "CHILDREN_YOUTH", "Koulureittien liikenneturvallisuuskohteet", 40000),
    ("SAFE_MOBILITY", "WHOLE_POPULATION", "Liikenneturvallisuussuunnitelman päivitys", 20000),
    ("LEARNING_ENVIRONMENT", "CHILDREN_YOUTH", "Koulujen turvallisuuskävelyt", 5000),
    ("LEARNING_ENVIRONMENT", "CHILDREN_YOUTH", "Kiusaamisen vastainen toimintamalli", 12000),
    ("SUBSTANCE_USE", "CHILDREN_YOUTH", "Nuorten päihdetyön jalkautuva työ", 9000),
    ("VIOLENCE_CRIME", "FAMILIES", "Lähisuhdeväkivallan MARAK-työryhmä", 20000),
    ("VIOLENCE_CRIME", "CHILDREN_YOUTH", "Ankkuritoiminnan vahvistaminen", 60000),
    ("EXCLUSION", "CHILDREN_YOUTH", "Etsivä nuorisotyö", 55000),
    ("EXCLUSION", "FAMILIES", "Perhekeskuksen vertaisryhmät", 18000),
    ("VICTIM_SUPPORT", "WHOLE_POPULATION", "Rikosten uhrien tukipalvelut", 25000),
    ("PREPAREDNESS", "WHOLE_POPULATION", "Sähkökatkon kokoontumistilat ja varavoima", 80000),
    ("PREPAREDNESS", "VILLAGES", "Kylien valmiussuunnitelmat", 6000),
    ("VILLAGE_SAFETY", "VILLAGES", "Kylän turvallisuuskävely", 3000),
    ("TOURISM_SAFETY", "TOURISTS", "Matkailijoiden turvallisuusinfo", 7000),
    ("SAFETY_TRAINING", "IMMIGRANTS", "Arjen turvallisuuden kurssit maahanmuuttajille", 12000),
    ("SAFETY_TRAINING", "WORKPLACES", "Työpaikkojen turvallisuus- ja jatkuvuuskoulutus", 16000),
    ("PLANNING_MONITORING", "WHOLE_POPULATION", "Turvallisuusindikaattorien seuranta", 8000),
    ("HOME_LEISURE_ACCIDENTS", "FAMILIES", "Lasten tapaturmien ehkäisy neuvoloissa", 6000),
]
GOAL_TEXTS = [
    "Arjen turvallisuus paranee", "Lasten ja nuorten hyvinvointi vahvistuu", "Ikääntyneet asuvat kotona turvallisesti",
    "Päihde- ja väkivaltahaitat vähenevät", "Syrjäytyminen vähenee", "Liikenneturvallisuus paranee",
    "Varautuminen häiriötilanteisiin vahvistuu", "Järjestöjen ja yritysten osallisuus kasvaa",
    "Tilannekuva ja tiedolla johtaminen paranevat", "Kotien ja vapaa-ajan tapaturmat vähenevät",
    "Kylien turvallisuus ja yhteisöllisyys vahvistuvat", "Matkailun turvallisuus paranee",
]
PROGRESS_TEXTS = [
    "Toimenpide käynnistyi; vastuuhenkilöt ja aikataulu vahvistettiin.",
    "Ensimmäiset tilaisuudet pidettiin suunnitellusti.",
    "Palaute koottiin ja toteutusta tarkennettiin.",
    "Vuoden osuus toteutui; kustannukset kirjattiin.",
    "Toteutus eteni suunnitellusti.",
    "Osa toimenpiteistä siirtyi seuraavalle kaudelle henkilöstövaihdosten vuoksi.",
    "Toimenpide toteutettiin ja tulokset raportoitiin työryhmälle.",
]


def die(message, code=1):
    print("bench/planning/generate.py: " + message, file=sys.stderr)
    sys.exit(code)


class Db:
    def __init__(self, host, port, db, user):
        self.base = ["psql", "-X", "-w", "-h", host, "-p", str(port), "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1"]
        self.where = "%s@%s:%s/%s" % (user, host, port, db)

    def rows(self, sql):
        r = subprocess.run(self.base + ["-q", "-A", "-t", "-F", "\x1f", "-P", "null=\\N", "-c", sql],
                           capture_output=True, text=True, encoding="utf-8")
        if r.returncode != 0:
            die("psql on %s failed: %s" % (self.where, r.stderr.strip()))
        return [[None if v == "\\N" else v for v in line.split("\x1f")] for line in r.stdout.splitlines()]

    def value(self, sql):
        rows = self.rows(sql)
        return rows[0][0] if rows else None

    def run_script(self, chunks):
        p = subprocess.Popen(self.base + ["-q", "--single-transaction", "-f", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            for chunk in chunks:
                p.stdin.write(chunk.encode("utf-8"))
            p.stdin.close()
        except BrokenPipeError:
            pass
        out = p.stdout.read().decode("utf-8", "replace")
        err = p.stderr.read().decode("utf-8", "replace")
        if p.wait() != 0:
            die("loading failed, nothing was written:\n" + (err or out).strip())


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow(["" if v is None else v for v in row])
    return buf.getvalue()


def copy_block(table, columns, rows):
    yield "COPY %s (%s) FROM STDIN WITH (FORMAT csv);\n" % (table, ", ".join(columns))
    for i in range(0, len(rows), 5000):
        yield csv_text(rows[i:i + 5000])
    yield "\\.\n"


def pg_array(values):
    return "{" + ",".join(str(v) for v in values) + "}"


class Generator:
    def __init__(self, db, seed):
        self.db = db
        self.rng = random.Random(seed)
        self.today = dt.date.today()
        self.programmes, self.goals, self.links = [], [], []
        self.measures, self.progress = [], []
        self.cost_count = 0

    def read_state(self):
        if self.db.value("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'planning' "
                         "AND table_name = 'measure'") != "1":
            die("the database on %s has no planning schema: start the app on it once" % self.db.where)
        if self.db.value("SELECT count(*) FROM planning.programme WHERE name = '%s'" % MARKER) != "0":
            die("planning benchmark data is already loaded in %s; generate into a fresh database" % self.db.where, 3)
        self.next_id = {}
        for t in ("programme", "goal", "goal_link", "measure", "progress_update"):
            self.next_id[t] = int(self.db.value("SELECT coalesce(max(id), 0) + 1 FROM planning.%s" % t))
        self.parent = {int(r[0]): r[1] and int(r[1]) for r in self.db.rows("SELECT id, parent_id FROM network.area")}
        self.regions, self.municipalities = {}, {}
        for r in self.db.rows("SELECT id, type, code, region_id FROM network.area WHERE type IN ('REGION', 'MUNICIPALITY')"):
            if r[1] == "REGION":
                self.regions[int(r[0])] = {"id": int(r[0]), "code": r[2], "municipalities": []}
            else:
                self.municipalities[int(r[0])] = {"id": int(r[0]), "code": r[2], "region": r[3] and int(r[3])}
        for m in self.municipalities.values():
            if m["region"] in self.regions:
                self.regions[m["region"]]["municipalities"].append(m["id"])
        self.country = int(self.db.value("SELECT id FROM network.area WHERE type = 'COUNTRY' ORDER BY id LIMIT 1"))
        self.actors_by_area = {}
        self.actors_by_region = {}
        self.all_actors = []
        for r in self.db.rows("SELECT a.id, a.home_area_id, ar.region_id, a.sector FROM network.actor a "
                              "JOIN network.area ar ON ar.id = a.home_area_id WHERE a.status = 'ACTIVE'"):
            aid, area, region = int(r[0]), int(r[1]), r[2] and int(r[2])
            self.all_actors.append(aid)
            self.actors_by_area.setdefault(area, []).append(aid)
            if region:
                self.actors_by_region.setdefault(region, []).append(aid)
        self.committees = {}
        self.wsg = {}
        for r in self.db.rows("SELECT id, area_id, kind FROM network.cooperation_group WHERE kind IN "
                              "('COMMITTEE', 'WELLBEING_SAFETY_GROUP')"):
            target = self.committees if r[2] == "COMMITTEE" else self.wsg
            target.setdefault(int(r[1]), []).append(int(r[0]))
        self.national_goals = [int(r[0]) for r in self.db.rows(
            "SELECT g.id FROM planning.goal g JOIN planning.programme p ON p.id = g.programme_id "
            "WHERE p.kind = 'NATIONAL_STRATEGY'")]
        if not self.regions or not self.municipalities:
            die("no regions or municipalities: run bench/generate --scale national first")

    def take(self, table):
        i = self.next_id[table]
        self.next_id[table] = i + 1
        return i

    def owner(self, area):
        pool = self.actors_by_area.get(area) or self.all_actors
        return self.rng.choice(pool)

    def programme(self, kind, name, area, owner_actor, owner_group, start, end, restricted=False):
        pid = self.take("programme")
        status = self.rng.choices(["APPROVED", "DRAFT", "ARCHIVED"], [85, 10, 5])[0]
        approved = None if status == "DRAFT" else dt.datetime.combine(start, dt.time(12), dt.timezone.utc).isoformat()
        self.programmes.append([pid, kind, name, None, owner_actor, owner_group, area, start.isoformat(), end.isoformat(),
                                status, approved, None if status == "DRAFT" else "bench",
                                None if status == "DRAFT" else "Päätös %d/%d" % (pid, start.year),
                                "RESTRICTED" if restricted else "PUBLIC",
                                "JulkL 24 § 1 mom 8 k" if restricted else None,
                                dt.date(start.year + 25, 12, 31).isoformat() if restricted else None])
        return pid

    def goal(self, programme, code, title, parent=None):
        gid = self.take("goal")
        self.goals.append([gid, programme, parent, code, title, len(self.goals) % 1000])
        return gid

    def generate(self):
        rng = self.rng
        # the national level: one more policy programme beside the demo's strategy
        sm = self.owner(self.country)
        national = self.programme("NATIONAL_POLICY_PROGRAMME", "Kansallinen toimenpideohjelma (bench)", self.country, sm,
                                  None, dt.date(2024, 1, 1), dt.date(2030, 12, 31))
        national_goals = list(self.national_goals)
        for i in range(1, 11):
            national_goals.append(self.goal(national, str(i), GOAL_TEXTS[i % len(GOAL_TEXTS)] + " (kansallinen)"))
        regional_goals = {}
        action_lists = {}
        for region in self.regions.values():
            rid = region["id"]
            lead = self.owner(rid) if self.actors_by_area.get(rid) else rng.choice(self.actors_by_region.get(rid, self.all_actors))
            prog = self.programme("REGIONAL_PROGRAMME", "Alueellinen sisäisen turvallisuuden ohjelma %s" % region["code"], rid,
                                  lead, None, dt.date(2026, 1, 1), dt.date(2029, 12, 31))
            goals = []
            for i in range(1, 9):
                g = self.goal(prog, str(i), GOAL_TEXTS[i % len(GOAL_TEXTS)])
                goals.append(g)
                for up in rng.sample(national_goals, 2):
                    self.link(g, up)
            strategy = self.programme("REGIONAL_STRATEGY", "Alueellinen strategia %s" % region["code"], rid, lead, None,
                                      dt.date(2025, 1, 1), dt.date(2028, 12, 31))
            for i in range(1, 7):
                g = self.goal(strategy, str(i), GOAL_TEXTS[(i + 3) % len(GOAL_TEXTS)])
                self.link(g, rng.choice(national_goals))
            regional_goals[rid] = goals
            action_lists[rid] = self.programme("ACTION_LIST", "Toimenpidelista %s" % region["code"], rid, lead, None,
                                               dt.date(2026, 1, 1), dt.date(2028, 12, 31))
        municipal_programmes = []
        kinds = [("WELLBEING_PLAN", 5), ("SAFETY_PLAN", 4), ("PREPAREDNESS_PLAN", 3), ("WELLBEING_REPORT", 2)]
        for m in self.municipalities.values():
            mid, region = m["id"], m["region"]
            group = (self.wsg.get(mid) or [None])[0]
            owner = self.owner(mid)
            for kind, n_goals in kinds:
                restricted = kind == "PREPAREDNESS_PLAN" and rng.random() < 0.5
                p = self.programme(kind, "%s %s" % (kind.replace("_", " ").capitalize(), m["code"]), mid,
                                   None if group else owner, group, dt.date(2025, 6, 1), dt.date(2029, 5, 31), restricted)
                municipal_programmes.append((p, mid, region, self.goals_for(p, n_goals, regional_goals.get(region))))
        while len(self.programmes) < TARGETS["programmes"] - 1:
            m = rng.choice(list(self.municipalities.values()))
            p = self.programme("SECTOR_PLAN", "Toimialan suunnitelma %s/%d" % (m["code"], len(self.programmes)), m["id"],
                               self.owner(m["id"]), None, dt.date(2025, 1, 1), dt.date(2027, 12, 31))
            municipal_programmes.append((p, m["id"], m["region"], self.goals_for(p, 4, regional_goals.get(m["region"]))))
        self.programme("SECTOR_PLAN", MARKER, self.country, sm, None, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
        # more goals and links up to the targets
        while len(self.goals) < TARGETS["goals"]:
            p, mid, region, goals = rng.choice(municipal_programmes)
            parent = rng.choice(goals) if goals else None
            g = self.goal(p, "X%d" % self.next_id["goal"], rng.choice(GOAL_TEXTS), parent)
            goals.append(g)
        while len(self.links) < TARGETS["links"]:
            p, mid, region, goals = rng.choice(municipal_programmes)
            ups = regional_goals.get(region) or national_goals
            self.link(rng.choice(goals), rng.choice(ups))
        # measures: 40 % on the regional action lists, the rest in the municipal plans
        while len(self.measures) < TARGETS["measures"]:
            if rng.random() < 0.4:
                region = rng.choice(list(self.regions.values()))
                if not region["municipalities"]:
                    continue
                areas = rng.sample(region["municipalities"], min(len(region["municipalities"]), rng.choice([1, 1, 2, 3])))
                if rng.random() < 0.15:
                    areas = [region["id"]]
                self.measure(action_lists[region["id"]], areas, region["id"], regional_goals[region["id"]])
            else:
                p, mid, region, goals = rng.choice(municipal_programmes)
                self.measure(p, [mid], region, goals)

    def goals_for(self, programme, n, ups):
        goals = []
        for i in range(1, n + 1):
            g = self.goal(programme, str(i), self.rng.choice(GOAL_TEXTS))
            goals.append(g)
            if ups:
                self.link(g, self.rng.choice(ups))
        return goals

    def link(self, lower, upper):
        if (lower, upper) in getattr(self, "_seen_links", set()):
            return
        if not hasattr(self, "_seen_links"):
            self._seen_links = set()
        self._seen_links.add((lower, upper))
        self.links.append([self.take("goal_link"), lower, upper, self.rng.choice(["CONTRIBUTES_TO", "IMPLEMENTS"]), "bench"])

    def measure(self, programme, areas, region, goals):
        rng = self.rng
        mid = self.take("measure")
        theme, target, title, cost = rng.choice(MEASURE_KINDS)
        themes = [theme] + ([rng.choice(THEMES)] if rng.random() < 0.3 else [])
        targets = [target] + ([rng.choice(TARGET_GROUPS)] if rng.random() < 0.2 else [])
        pool = self.actors_by_area.get(areas[0]) or self.actors_by_region.get(region) or self.all_actors
        responsible = rng.choice(pool)
        partners = sorted(set(rng.sample(pool, min(len(pool), rng.choice([0, 1, 1, 2, 3])))) - {responsible})
        start = dt.date(rng.choice([2024, 2025, 2025, 2026, 2026, 2027]), rng.randint(1, 12), 1)
        end = start + dt.timedelta(days=rng.randint(120, 900))
        if end < self.today - dt.timedelta(days=30):
            status = rng.choices(["DONE", "ONGOING", "CANCELLED"], [80, 15, 5])[0]
        elif start > self.today:
            status = "PLANNED"
        else:
            status = rng.choices(["ONGOING", "PLANNED", "DONE"], [80, 10, 10])[0]
        percent = {"DONE": 100, "PLANNED": None, "CANCELLED": rng.randint(0, 40)}.get(status, rng.randint(5, 95))
        committees = self.committees.get(areas[0])
        carrier_group = rng.choice(committees) if committees and rng.random() < 0.6 else None
        carrier_actor = None if carrier_group else (rng.choice(pool) if rng.random() < 0.8 else None)
        goal_ids = sorted(set(rng.sample(goals, min(len(goals), rng.choice([1, 1, 2]))))) if goals else []
        emphasis = rng.choice(EMPHASES)
        last = None
        years, planned_costs, realised_costs = [], [], []
        for y in range(start.year, end.year + 1):
            planned = round(cost * rng.uniform(0.5, 1.5), -2)
            realised = round(planned * rng.uniform(0.7, 1.05), -2) if y < self.today.year or (
                y == self.today.year and status != "PLANNED") else None
            years.append(y)
            planned_costs.append(planned)
            realised_costs.append("NULL" if realised is None else realised)
            self.cost_count += 1
        n_progress = 0 if status == "PLANNED" else rng.choice([3, 4, 5, 6, 7, 8])
        day = start
        for i in range(n_progress):
            day = min(self.today, day + dt.timedelta(days=rng.randint(20, 120)))
            pstatus = status if i == n_progress - 1 else "ONGOING"
            pct = percent if i == n_progress - 1 else max(5, (percent or 50) * (i + 1) // n_progress)
            self.progress.append([self.take("progress_update"), mid, day.isoformat(), pstatus, pct,
                                  rng.choice(PROGRESS_TEXTS), None, "bench"])
            last = day
        code = "B%d" % mid
        scope = sorted({a for area in areas for a in self.ancestry(area)})
        keys = ["%d:%s" % (a, t) for a in scope for t in themes]
        self.measures.append([mid, programme, code, "%s (%s)" % (title, code), None, rng.choice(PROGRESS_TEXTS), None,
                              responsible, pg_array(partners), pg_array(areas), pg_array(targets), pg_array(themes),
                              pg_array(goal_ids), emphasis, start.isoformat(), end.isoformat(), status, percent,
                              last and last.isoformat(), rng.choice(FUNDING), start.year, start.year, end.year,
                              carrier_group, carrier_actor, pg_array(scope), pg_array(keys), pg_array(years),
                              pg_array(planned_costs), pg_array(realised_costs)])

    def ancestry(self, area):
        chain = []
        while area is not None and area not in chain:
            chain.append(area)
            area = self.parent.get(area)
        return chain

    def top_up_progress(self):
        """Extra updates on ongoing measures until the target of 500,000 is met."""
        ongoing = [m for m in self.measures if m[16] == "ONGOING"]
        while len(self.progress) < TARGETS["progress"] and ongoing:
            m = self.rng.choice(ongoing)
            day = dt.date.fromisoformat(m[14]) + dt.timedelta(days=self.rng.randint(1, 300))
            self.progress.append([self.take("progress_update"), m[0], min(day, self.today).isoformat(), "ONGOING",
                                  m[17], self.rng.choice(PROGRESS_TEXTS), None, "bench"])

    def script(self):
        yield "SET synchronous_commit = off;\n"
        yield from copy_block("planning.programme", ["id", "kind", "name", "description", "owner_actor_id", "owner_group_id",
                                                     "area_id", "period_start", "period_end", "status", "approved_at",
                                                     "approved_by", "decision_reference", "confidentiality",
                                                     "legal_basis", "secrecy_ends_on"], self.programmes)
        yield from copy_block("planning.goal", ["id", "programme_id", "parent_id", "code", "title", "sort_order"], self.goals)
        yield from copy_block("planning.goal_link", ["id", "from_goal_id", "to_goal_id", "kind", "created_by"], self.links)
        yield from copy_block("planning.measure", ["id", "programme_id", "code", "title", "title_sv", "description",
                                                   "description_sv", "responsible_actor_id", "partner_actor_ids",
                                                   "area_ids", "target_groups", "themes", "goal_ids", "emphasis",
                                                   "start_date", "end_date", "status", "progress_percent",
                                                   "last_progress_on", "funding_source", "budget_year",
                                                   "plan_year_from", "plan_year_to", "cost_carrier_group_id",
                                                   "cost_carrier_actor_id", "scope_area_ids", "scope_keys", "cost_years",
                                                   "cost_planned", "cost_realised"], self.measures)
        yield from copy_block("planning.progress_update", ["id", "measure_id", "reported_on", "status", "percent", "text",
                                                           "realised_cost", "created_by"], self.progress)
        for t in ("programme", "goal", "goal_link", "measure", "progress_update"):
            yield "SELECT setval(pg_get_serial_sequence('planning.%s', 'id'), %d);\n" % (t, self.next_id[t])

    def import_csv(self, path, rows):
        """A file of new measures for the import benchmark: the API's columns, ';', a BOM, Finnish-style numbers."""
        rng = self.rng
        munis = [m for m in self.municipalities.values() if m["region"]]
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("\ufeff")
            w = csv.writer(f, delimiter=";", lineterminator="\r\n")
            w.writerow(["code", "title", "responsibleActorId", "partnerActorIds", "areaCodes", "targetGroups", "themes",
                        "emphasis", "startDate", "endDate", "status", "progressPercent", "fundingSource", "budgetYear",
                        "plannedCost2026", "realisedCost2026", "plannedCost2027"])
            for i in range(rows):
                m = rng.choice(munis)
                theme, target, title, cost = rng.choice(MEASURE_KINDS)
                pool = self.actors_by_area.get(m["id"]) or self.actors_by_region.get(m["region"]) or self.all_actors
                start = dt.date(2026, rng.randint(1, 12), 1)
                end = start + dt.timedelta(days=rng.randint(60, 500))
                w.writerow(["I%d" % (i + 1), "%s %d" % (title, i + 1), rng.choice(pool),
                            "|".join(str(a) for a in rng.sample(pool, min(len(pool), rng.choice([0, 1, 2])))),
                            m["code"], target, theme, rng.choice(EMPHASES), start.isoformat(), end.isoformat(),
                            "PLANNED", "", rng.choice(FUNDING), 2026, str(round(cost * rng.uniform(0.5, 1.5), -2)).replace(".", ","),
                            "", str(round(cost * rng.uniform(0.5, 1.5), -2)).replace(".", ",") if end.year > 2026 else ""])


def main():
    ap = argparse.ArgumentParser(prog="bench/planning/generate.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", default=os.environ.get("PGHOST", "localhost"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("PGPORT", "55432")))
    ap.add_argument("--db", default=os.environ.get("PGDATABASE", "turvaverkko"))
    ap.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--import-csv", help="also write a CSV file of new measures for the import benchmark")
    ap.add_argument("--import-rows", type=int, default=100000)
    ap.add_argument("--skip-load", action="store_true", help="only write the import file, load nothing")
    args = ap.parse_args()
    started = time.monotonic()
    db = Db(args.host, args.port, args.db, args.user)
    gen = Generator(db, args.seed)
    gen.read_state()
    if not args.skip_load:
        gen.generate()
        gen.top_up_progress()
        generated = time.monotonic()
        db.run_script(gen.script())
        loaded = time.monotonic()
        db.rows("VACUUM (ANALYZE) planning.programme, planning.goal, planning.goal_link, planning.measure, "
                "planning.progress_update")
        analyzed = time.monotonic()
        counts = db.rows("SELECT (SELECT count(*) FROM planning.programme), (SELECT count(*) FROM planning.goal), "
                         "(SELECT count(*) FROM planning.goal_link), (SELECT count(*) FROM planning.measure), "
                         "(SELECT sum(cardinality(cost_years)) FROM planning.measure), "
                         "(SELECT count(*) FROM planning.progress_update), "
                         "(SELECT count(*) FROM planning.programme WHERE confidentiality = 'RESTRICTED')")[0]
        print("planning data on %s (seed %d)" % (db.where, args.seed))
        for k, v in zip(["programmes", "goals", "links", "measures", "cost years", "progress updates",
                         "restricted programmes"],
                        counts):
            print("  %-22s %8s" % (k, v))
        print("elapsed: %.1f s (generate %.1f s, COPY %.1f s, VACUUM ANALYZE %.1f s)" % (
            analyzed - started, generated - started, loaded - generated, analyzed - loaded))
    if args.import_csv:
        gen.import_csv(args.import_csv, args.import_rows)
        print("import file: %s (%d rows, %.1f MB)" % (args.import_csv, args.import_rows,
                                                       os.path.getsize(args.import_csv) / 1e6))


if __name__ == "__main__":
    main()
