#!/usr/bin/env python3
"""Benchmark data for Turvaverkko, written with PostgreSQL COPY through psql.

    bench/generate --scale demo|region|national [--host localhost --port 55432 --db turvaverkko
                   --user postgres] [--seed 20250101] [--geo-dir DIR]

demo      adds nothing; prints what the database holds.
region    region 19 (Lappi): ~2,000 actors, 300 groups, 3,000 memberships, 1,000 meetings in its
          municipalities (created from the GeoJSON when the database has none).
national  the 19 regions and 309 municipalities of Finland, 20,000 actors, 3,000 groups,
          30,000 memberships, 10,000 meetings.

The database must be migrated (start the app on it once). Rows that exist are kept: an area code
that exists is reused, never duplicated, and an actor name that exists in an area is not added
again. Everything is written in one transaction, followed by VACUUM (ANALYZE); the transaction also adds an actor named "BENCH MARKER";
a second run on the same database refuses to start. Standard library only.
"""

import argparse
import csv
import datetime as dt
import io
import itertools
import os
import random
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import geo  # noqa: E402
import names  # noqa: E402

MARKER = "BENCH MARKER"

SCALES = {
    "demo": None,
    "region": {"regions": ["19"], "actors": 2000, "groups": 300, "memberships": 3000, "meetings": 1000},
    "national": {"regions": None, "actors": 20000, "groups": 3000, "memberships": 30000, "meetings": 10000},
}

AUTHORITY_SECTORS = {
    "STATE_AUTHORITY", "POLICE", "RESCUE", "MUNICIPALITY", "WELLBEING_COUNTY", "REGIONAL_COUNCIL",
    "DEFENCE", "BORDER_GUARD", "CUSTOMS", "EMERGENCY_SERVICES",
}
DEFAULT_SECTORS = AUTHORITY_SECTORS | {"EDUCATION_RESEARCH", "CHURCH", "NGO", "BUSINESS", "OTHER"}
DEFAULT_GROUP_KINDS = {
    "COOPERATION_GROUP", "PREPAREDNESS_COMMITTEE", "WELLBEING_SAFETY_GROUP", "HEALTH_PROMOTION_GROUP",
    "MANAGEMENT_GROUP", "COUNCIL", "BOARD", "COMMITTEE", "OTHER",
}

BIG_CITIES = {
    "Helsinki", "Espoo", "Vantaa", "Tampere", "Turku", "Oulu", "Jyväskylä", "Kuopio", "Lahti",
    "Pori", "Joensuu", "Lappeenranta", "Hämeenlinna", "Vaasa", "Seinäjoki", "Rovaniemi", "Mikkeli",
    "Kotka", "Salo", "Porvoo", "Kouvola", "Kokkola",
}
NORTHERN_REGIONS = {"19", "17"}

AREA_COLUMNS = ["id", "type", "code", "parent_id", "region_id", "path", "name_fi", "name_sv", "name_se",
                "name_en", "lat", "lon", "population", "border"]
ACTOR_COLUMNS = ["id", "name", "sector", "level", "authority", "home_area_id", "business_id", "website",
                 "email", "phone", "description", "status", "created_at", "updated_at"]
GROUP_COLUMNS = ["id", "name", "kind", "owner_actor_id", "reports_to_id", "mandate", "tasks", "term_start",
                 "term_end", "area_id", "created_at", "updated_at"]
MEMBERSHIP_COLUMNS = ["id", "group_id", "actor_id", "role", "term_start", "term_end"]
MEETING_COLUMNS = ["id", "group_id", "title", "starts_at", "ends_at", "place", "status", "minute_checkers",
                   "approved_at", "approved_by", "published_at", "created_at"]

TABLES = ["network.area", "network.actor", "network.cooperation_group", "network.membership", "network.meeting"]

DESCRIPTIONS = {
    "NGO": "Vapaaehtoisjärjestö, joka tukee {G} asukkaita arjessa ja häiriötilanteissa.",
    "BUSINESS": "Paikallinen yritys; mukana huoltovarmuuden ja häiriötilanteiden yhteistyössä.",
    "MUNICIPALITY": "{G} palvelu, joka vastaa osaltaan kunnan varautumisesta.",
    "CHURCH": "Seurakunta tarjoaa henkistä tukea ja kokoontumistiloja kriiseissä.",
    "RESCUE": "Pelastustoimen yksikkö.",
    "POLICE": "Poliisin toimipiste.",
    "WELLBEING_COUNTY": "Hyvinvointialueen palvelu.",
    "EDUCATION_RESEARCH": "Oppilaitos; tilat voivat toimia evakuointipaikkana.",
    "OTHER": "Paikallinen yhteisö.",
}

MANDATES = {
    "PREPAREDNESS_COMMITTEE": "Sovittaa yhteen {G} varautumisen ja valmiussuunnittelun.",
    "WELLBEING_SAFETY_GROUP": "Valmistelee hyvinvointi- ja turvallisuussuunnitelman ja seuraa sen toteutumista.",
    "COOPERATION_GROUP": "Viranomaisten, järjestöjen ja yritysten yhteistyöelin.",
    "HEALTH_PROMOTION_GROUP": "Edistää asukkaiden terveyttä ja ehkäisee tapaturmia.",
    "COUNCIL": "Ylin päättävä toimielin.",
    "BOARD": "Johtaa hallintoa ja taloutta valtuuston päätösten mukaan.",
    "COMMITTEE": "Lautakunta vastaa toimialansa palveluista.",
    "MANAGEMENT_GROUP": "Johtaa organisaatiota ja sen varautumista.",
    "OTHER": "Neuvoa-antava ryhmä.",
}


def die(message, code=1):
    print("bench/generate: " + message, file=sys.stderr)
    sys.exit(code)


class Db:
    def __init__(self, host, port, db, user):
        self.base = ["psql", "-X", "-w", "-h", host, "-p", str(port), "-U", user, "-d", db, "-v", "ON_ERROR_STOP=1"]
        self.where = "%s@%s:%s/%s" % (user, host, port, db)

    def rows(self, sql):
        r = subprocess.run(
            self.base + ["-q", "-A", "-t", "-F", "\x1f", "-P", "null=\\N", "-c", sql],
            capture_output=True, text=True, encoding="utf-8",
        )
        if r.returncode != 0:
            die("psql on %s failed: %s" % (self.where, r.stderr.strip()))
        return [[None if v == "\\N" else v for v in line.split("\x1f")] for line in r.stdout.splitlines()]

    def value(self, sql):
        rows = self.rows(sql)
        return rows[0][0] if rows else None

    def run_script(self, chunks):
        """Feeds SQL (with inline COPY data) to one psql in one transaction."""
        p = subprocess.Popen(
            self.base + ["-q", "--single-transaction", "-f", "-"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )
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


def business_id_check(seven):
    weights = (7, 9, 10, 5, 8, 4, 2)
    r = sum(int(c) * w for c, w in zip(seven, weights)) % 11
    if r == 1:
        return None
    return 0 if r == 0 else 11 - r


def slug(text):
    t = text.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("å", "a"), ("é", "e")):
        t = t.replace(a, b)
    for suffix in (" ry", " oy", " ky", " osasto"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    out = []
    for ch in t:
        out.append(ch if ch.isalnum() and ch.isascii() else "-")
    s = "-".join(part for part in "".join(out).split("-") if part)
    return s[:60] or "toimija"


def iso(ts):
    return ts.isoformat(timespec="seconds")


class Generator:
    def __init__(self, db, scale, seed, geo_dir, repo_root):
        self.db = db
        self.scale = scale
        self.spec = SCALES[scale]
        self.rng = random.Random(seed)
        self.geo_dir = geo_dir
        self.repo_root = repo_root
        self.now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        try:
            from zoneinfo import ZoneInfo

            self.tz = ZoneInfo("Europe/Helsinki")
        except Exception:  # no tz database: a fixed offset is good enough here
            self.tz = dt.timezone(dt.timedelta(hours=2))
        self.areas_out, self.actors_out, self.groups_out = [], [], []
        self.memberships_out, self.meetings_out = [], []

    # ---- what the database holds -------------------------------------------------------------

    def read_state(self):
        ok = self.db.value(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'network' "
            "AND table_name IN ('area', 'actor', 'cooperation_group', 'membership', 'meeting')"
        )
        if ok != "5":
            die("the database on %s has no network schema: start the app on it once so that Flyway "
                "creates the tables" % self.db.where)
        self.next_id = {}
        self.sequence = {}
        for t in TABLES:
            schema, table = t.split(".")
            seq = self.db.value("SELECT pg_get_serial_sequence('%s', 'id')" % t)
            self.sequence[t] = seq
            row = self.db.rows(
                "SELECT coalesce((SELECT max(id) FROM %s), 0), (SELECT CASE WHEN is_called THEN last_value "
                "ELSE last_value - 1 END FROM %s)" % (t, seq)
            )[0]
            self.next_id[t] = max(int(row[0]), int(row[1])) + 1
        self.first_id = dict(self.next_id)
        self.marker = self.db.value("SELECT count(*) FROM network.actor WHERE name = '%s'" % MARKER) != "0"
        self.areas_by_code = {}
        for r in self.db.rows("SELECT id, type, code, parent_id, region_id, path, name_fi FROM network.area"):
            self.areas_by_code[r[2]] = {
                "id": int(r[0]), "type": r[1], "code": r[2], "parent_id": r[3] and int(r[3]),
                "region_id": r[4] and int(r[4]), "path": r[5], "name_fi": r[6], "existing": True,
            }
        self.existing_actor = {}  # (lower(name), area id) -> (id, sector, status)
        for r in self.db.rows("SELECT lower(name), home_area_id, id, sector, status FROM network.actor"):
            self.existing_actor[(r[0], int(r[1]))] = (int(r[2]), r[3], r[4])
        self.business_ids = {r[0] for r in self.db.rows(
            "SELECT business_id FROM network.actor WHERE business_id IS NOT NULL")}
        self.existing_groups = {(r[0], int(r[1])) for r in self.db.rows(
            "SELECT lower(name), area_id FROM network.cooperation_group")}
        self.sectors, self.kinds = set(), set()
        for catalogue, code in self.db.rows(
                "SELECT catalogue, code FROM platform.catalogue_entry WHERE active"):
            if catalogue == "sectors":
                self.sectors.add(code)
            elif catalogue == "group-kinds":
                self.kinds.add(code)
        self.sectors = self.sectors or set(DEFAULT_SECTORS)
        self.kinds = self.kinds or set(DEFAULT_GROUP_KINDS)

    def counts(self):
        sql = "SELECT " + ", ".join("(SELECT count(*) FROM %s)" % t for t in TABLES)
        row = self.db.rows(sql)[0]
        extra = self.db.rows(
            "SELECT (SELECT count(*) FROM network.area WHERE type = 'REGION'), "
            "(SELECT count(*) FROM network.area WHERE type = 'MUNICIPALITY')")[0]
        return dict(zip(["areas", "actors", "groups", "memberships", "meetings"], (int(v) for v in row))) | {
            "regions": int(extra[0]), "municipalities": int(extra[1])}

    def take_id(self, table):
        i = self.next_id[table]
        self.next_id[table] = i + 1
        return i

    # ---- areas -------------------------------------------------------------------------------

    def ensure_areas(self):
        data_dir = geo.find_data_dir(self.repo_root, self.geo_dir)
        regions, municipalities = geo.load(data_dir)
        lapland = geo.load_lapland_csv(data_dir)
        wanted = self.spec["regions"]
        if wanted is not None:
            regions = [r for r in regions if r["code"] in wanted]
        region_codes = {r["code"] for r in regions}
        municipalities = [m for m in municipalities if m["region"] in region_codes]

        country = self.areas_by_code.get("FI") or next(
            (a for a in self.areas_by_code.values() if a["type"] == "COUNTRY"), None)
        if country is None:
            country = self.new_area("COUNTRY", "FI", None, None, "/FI/", "Suomi", "Finland", "Suopma", "Finland",
                                    64.5, 26.0, None, None)
        self.regions = []
        for r in regions:
            a = self.areas_by_code.get(r["code"])
            if a is None:
                a = self.new_area("REGION", r["code"], country["id"], "SELF", country["path"] + r["code"] + "/",
                                  r["name_fi"], r["name_sv"] if r["name_sv"] != r["name_fi"] else None, None, None,
                                  r["lat"], r["lon"], None, r["border"])
            a["genitive"] = names.REGION_GENITIVE.get(r["code"]) or names.genitive(a["name_fi"])
            a["region_code"] = r["code"]
            self.regions.append(a)
        region_by_code = {a["region_code"]: a for a in self.regions}
        self.municipalities = []
        for m in municipalities:
            region = region_by_code[m["region"]]
            a = self.areas_by_code.get(m["code"])
            if a is None:
                extra = lapland.get(m["code"], {})
                lat = float(extra["lat"]) if extra.get("lat") else m["lat"]
                lon = float(extra["lon"]) if extra.get("lon") else m["lon"]
                population = int(extra["population"]) if extra.get("population") else None
                name_sv = extra.get("name_sv") or m["name_sv"]
                a = self.new_area("MUNICIPALITY", m["code"], region["id"], region["id"],
                                  region["path"] + m["code"] + "/", m["name_fi"],
                                  name_sv if name_sv != m["name_fi"] else None, extra.get("name_se") or None,
                                  None, lat, lon, population, m["border"])
            a["region"] = region
            a["short"] = names.short_name(a["name_fi"])
            a["genitive"] = names.genitive(a["name_fi"])
            self.municipalities.append(a)
        self.country = country

    def new_area(self, type_, code, parent_id, region_id, path, name_fi, name_sv, name_se, name_en, lat, lon,
                 population, border):
        i = self.take_id("network.area")
        if region_id == "SELF":
            region_id = i
        self.areas_out.append([i, type_, code, parent_id, region_id, path, name_fi, name_sv, name_se, name_en,
                               lat, lon, population, border])
        a = {"id": i, "type": type_, "code": code, "parent_id": parent_id, "region_id": region_id, "path": path,
             "name_fi": name_fi, "existing": False}
        self.areas_by_code[code] = a
        return a

    # ---- actors ------------------------------------------------------------------------------

    def sector(self, code):
        if code in self.sectors:
            return code
        return "OTHER" if "OTHER" in self.sectors else sorted(self.sectors)[0]

    def new_business_id(self):
        while True:
            seven = "%07d" % self.rng.randint(1000000, 3499999)
            check = business_id_check(seven)
            if check is None:
                continue
            value = "%s-%d" % (seven, check)
            if value not in self.business_ids:
                self.business_ids.add(value)
                return value

    def add_actor(self, name, sector, level, area, fill):
        """Adds an actor unless its name exists in the area; returns (id, sector) either way."""
        key = (name.lower(), area["id"])
        if key in self.existing_actor:
            i, s, _ = self.existing_actor[key]
            return i, s, False
        sector = self.sector(sector)
        i = self.take_id("network.actor")
        rng = self.rng
        share = {"BUSINESS": 0.95, "CHURCH": 1.0, "NGO": 0.6, "OTHER": 0.4}.get(
            sector, 0.5 if level == "REGIONAL" else 0.0)
        business_id = self.new_business_id() if rng.random() < share else None
        s = slug(name)
        website = "https://www.%s.fi" % s if rng.random() < 0.5 else None
        email = ("info@%s.fi" % s) if rng.random() < 0.6 else None
        phone = "0%s %03d %04d" % (rng.choice(["40", "44", "45", "50"]), rng.randint(0, 999),
                                   rng.randint(0, 9999)) if rng.random() < 0.7 else None
        description = None
        if rng.random() < 0.25 and sector in DESCRIPTIONS:
            description = DESCRIPTIONS[sector].format(**fill)
        status = "PENDING" if rng.random() < 0.02 else "ACTIVE"
        created = self.now - dt.timedelta(days=rng.randint(30, 1100), seconds=rng.randint(0, 86399))
        updated = created + (self.now - created) * rng.random() * 0.5
        self.actors_out.append([i, name, sector, level, "t" if sector in AUTHORITY_SECTORS else "f", area["id"],
                                business_id, website, email, phone, description, status, iso(created),
                                iso(updated.replace(microsecond=0))])
        self.existing_actor[key] = (i, sector, status)
        return i, sector, True

    def generate_actors(self):
        rng = self.rng
        total = self.spec["actors"]
        made = 0
        self.regional_actors = {}  # region id -> {template: (id, sector)}
        for region in self.regions:
            fill = {"R": region["genitive"], "G": region["genitive"]}
            got = {}
            for template, sector in names.REGIONAL_ACTORS:
                i, s, new = self.add_actor(template.format(**fill), sector, "REGIONAL", region, fill)
                got[template] = (i, s)
                made += new
            self.regional_actors[region["id"]] = got

        budget = total - made
        weights = []
        for m in self.municipalities:
            w = rng.lognormvariate(0, 0.35) * (3.0 if m["short"] in BIG_CITIES else 1.0)
            weights.append(w)
        scale = budget / sum(weights)
        quota = [max(8, int(w * scale)) for w in weights]
        # exact total: trim from or add to random municipalities
        while sum(quota) > budget:
            k = rng.randrange(len(quota))
            if quota[k] > 8:
                quota[k] -= 1
        while sum(quota) < budget:
            quota[rng.choices(range(len(quota)), weights=weights)[0]] += 1

        existing_by_area = {}  # actors that were there before: members too
        for (_, area_id), (i, s, status) in self.existing_actor.items():
            if status == "ACTIVE" and i < self.first_id["network.actor"]:
                existing_by_area.setdefault(area_id, []).append((i, s))
        self.local_actors = {}  # area id -> [(id, sector)]
        sector_names = [s for s, _ in names.LOCAL_SECTOR_WEIGHTS]
        sector_weights = [w for _, w in names.LOCAL_SECTOR_WEIGHTS]
        shortfall = 0
        for m, n in zip(self.municipalities, quota):
            villages = names.villages(rng, 14)
            m["villages"] = villages
            fill = {"G": m["genitive"], "K": m["short"]}
            pools = {}
            for sector, templates in names.LOCAL_ACTORS.items():
                templates = list(templates)
                if sector == "OTHER" and m["region"].get("region_code") in NORTHERN_REGIONS:
                    templates += names.NORTHERN_OTHER
                pool = []
                for t in templates:
                    if "{V}" in t or "{VG}" in t:
                        pool += [t.format(V=v, VG=vg, **fill) for v, vg in villages]
                    elif "{S}" in t:
                        pool += [t.format(S=s, **fill) for s in names.SURNAMES]
                    else:
                        pool.append(t.format(**fill))
                rng.shuffle(pool)
                pools[sector] = pool
            got = []
            tries = 0
            while len(got) < n and tries < n * 20:
                tries += 1
                sector = rng.choices(sector_names, weights=sector_weights)[0]
                pool = pools[sector]
                if not pool:
                    continue
                name = pool.pop()
                if (name.lower(), m["id"]) in self.existing_actor:
                    continue
                i, s, _ = self.add_actor(name, sector, "LOCAL", m, fill)
                got.append((i, s))
            shortfall += n - len(got)
            self.local_actors[m["id"]] = got + existing_by_area.get(m["id"], [])
        if shortfall:
            print("note: %d actors fewer than asked (name pools ran out)" % shortfall)

    # ---- groups ------------------------------------------------------------------------------

    def kind(self, code):
        if code in self.kinds:
            return code
        return "OTHER" if "OTHER" in self.kinds else sorted(self.kinds)[0]

    def term(self, kind):
        rng = self.rng
        if kind in ("COUNCIL", "BOARD", "COMMITTEE"):
            return dt.date(2025, 6, 1), dt.date(2029, 5, 31)
        start = dt.date(rng.choice([2022, 2023, 2024, 2025, 2026]), rng.choice([1, 8]), 1)
        if start > self.now.date():
            start = dt.date(self.now.year, 1, 1)
        end = None if rng.random() < 0.4 else dt.date(start.year + rng.choice([2, 3, 4]), 12, 31)
        return start, end

    def add_group(self, name, kind, owner_id, reports_to, area, fill):
        key = (name.lower(), area["id"])
        if key in self.existing_groups:
            return None
        self.existing_groups.add(key)
        kind = self.kind(kind)
        i = self.take_id("network.cooperation_group")
        start, end = self.term(kind)
        mandate = MANDATES.get(kind, MANDATES["OTHER"]).format(**fill) if self.rng.random() < 0.6 else None
        tasks = "Kokoontuu säännöllisesti; raportoi toiminnastaan vuosittain." if self.rng.random() < 0.4 else None
        created = dt.datetime.combine(start, dt.time(9), self.tz) - dt.timedelta(days=self.rng.randint(5, 60))
        created = min(created, self.now)
        g = {"id": i, "kind": kind, "area": area, "owner": owner_id, "start": start, "end": end, "name": name}
        self.groups_out.append([i, name, kind, owner_id, reports_to, mandate, tasks, start.isoformat(),
                                end and end.isoformat(), area["id"], iso(created), iso(created)])
        return g

    def generate_groups(self):
        rng = self.rng
        self.groups = []
        forum = {}
        for region in self.regions:
            fill = {"R": region["genitive"], "G": region["genitive"]}
            ra = self.regional_actors[region["id"]]
            for template, kind in names.REGIONAL_GROUPS:
                owner_key = "{R} hyvinvointialue" if kind in ("PREPAREDNESS_COMMITTEE", "HEALTH_PROMOTION_GROUP") \
                    else "{R} liitto"
                g = self.add_group(template.format(**fill), kind, ra[owner_key][0], None, region, fill)
                if g:
                    g["pool_area"] = region
                    self.groups.append(g)
                    if template == "{R} valmiusfoorumi":
                        forum[region["id"]] = g["id"]

        budget = self.spec["groups"] - len(self.groups)
        weights = [max(1, len(self.local_actors[m["id"]])) for m in self.municipalities]
        scale = budget / sum(weights)
        cap = len(names.MUNICIPAL_GROUPS) - 1 + 14
        quota = [min(cap, max(3, int(w * scale))) for w in weights]
        while sum(quota) > budget:
            k = rng.randrange(len(quota))
            if quota[k] > 3:
                quota[k] -= 1
        guard = 0
        while sum(quota) < budget and guard < 100000:
            guard += 1
            k = rng.choices(range(len(quota)), weights=weights)[0]
            if quota[k] < cap:
                quota[k] += 1

        core = names.MUNICIPAL_GROUPS[:5]  # preparedness, wellbeing, cooperation, council, board
        village_template = names.MUNICIPAL_GROUPS[-1]
        others = names.MUNICIPAL_GROUPS[5:-1]
        for m, n in zip(self.municipalities, quota):
            fill = {"G": m["genitive"], "K": m["short"]}
            chosen = list(core[:n])
            rest = list(others)
            rng.shuffle(rest)
            village_groups = [(village_template[0].replace("{VG}", vg), village_template[1], None)
                              for _, vg in m["villages"]]
            rng.shuffle(village_groups)
            pool = rest + village_groups
            while len(chosen) < n and pool:
                chosen.append(pool.pop(0))
            # council and board before the groups that report to them
            chosen.sort(key=lambda t: {"COUNCIL": 0, "BOARD": 1}.get(t[1], 2))
            actors = self.local_actors[m["id"]]
            by_sector = {}
            for i, s in actors:
                by_sector.setdefault(s, []).append(i)
            ra = self.regional_actors[m["region"]["id"]]
            made = {}
            for template, kind, reports in chosen:
                if kind in ("HEALTH_PROMOTION_GROUP", "WELLBEING_SAFETY_GROUP") and by_sector.get("WELLBEING_COUNTY"):
                    owner = rng.choice(by_sector["WELLBEING_COUNTY"])
                elif by_sector.get("MUNICIPALITY"):
                    owner = by_sector["MUNICIPALITY"][0]
                elif actors:
                    owner = actors[0][0]
                else:
                    owner = ra["{R} liitto"][0]
                reports_to = forum.get(m["region"]["id"]) if reports == "REGION" else made.get(reports)
                g = self.add_group(template.format(**fill), kind, owner, reports_to, m, fill)
                if g:
                    g["pool_area"] = m
                    self.groups.append(g)
                    made.setdefault(kind, g["id"])

    # ---- memberships -------------------------------------------------------------------------

    def generate_memberships(self):
        rng = self.rng
        total = self.spec["memberships"]
        region_members = {}
        for region in self.regions:
            ids = [v[0] for v in self.regional_actors[region["id"]].values()]
            locals_ = [i for m in self.municipalities if m["region"]["id"] == region["id"]
                       for i, _ in self.local_actors[m["id"]]]
            region_members[region["id"]] = (ids, locals_)
        pools = []
        for g in self.groups:
            area = g["pool_area"]
            if area["type"] == "REGION":
                regional, locals_ = region_members[area["id"]]
                pool = list(dict.fromkeys(regional + rng.sample(locals_, min(60, len(locals_)))))
            else:
                pool = [i for i, _ in self.local_actors[area["id"]]]
                regional, _ = region_members[area["region"]["id"]]
                pool = list(dict.fromkeys(pool + rng.sample(regional, min(4, len(regional)))))
            if g["owner"] in pool:
                pool.remove(g["owner"])
            pool.insert(0, g["owner"])
            pools.append(pool)
        size = [min(3, len(p)) for p in pools]
        weights = [{"COUNCIL": 5, "BOARD": 2, "COOPERATION_GROUP": 3, "PREPAREDNESS_COMMITTEE": 3}.get(g["kind"], 1.5)
                   for g in self.groups]
        cumulative = list(itertools.accumulate(weights))
        population = range(len(pools))
        open_count = sum(1 for k in population if size[k] < len(pools[k]))
        current = sum(size)
        misses = 0
        while current < total and open_count and misses < 1_000_000:
            k = rng.choices(population, cum_weights=cumulative)[0]
            if size[k] >= len(pools[k]):
                misses += 1
                continue
            size[k] += 1
            current += 1
            if size[k] >= len(pools[k]):
                open_count -= 1
        if sum(size) > total:  # fewer asked than three per group
            for k in range(len(size)):
                excess = sum(size) - total
                if excess <= 0:
                    break
                size[k] -= min(excess, size[k] - 1)
        for g, pool, n in zip(self.groups, pools, size):
            members = [pool[0]] + rng.sample(pool[1:], n - 1)
            for idx, actor_id in enumerate(members):
                role = ("CHAIR", "VICE_CHAIR", "SECRETARY")[idx] if idx < 3 else (
                    "EXPERT" if rng.random() < 0.15 else "MEMBER")
                self.memberships_out.append([self.take_id("network.membership"), g["id"], actor_id, role,
                                             g["start"].isoformat(), g["end"] and g["end"].isoformat()])
        if len(self.memberships_out) < total:
            print("note: %d memberships fewer than asked (groups ran out of candidate actors)"
                  % (total - len(self.memberships_out)))

    # ---- meetings ----------------------------------------------------------------------------

    def generate_meetings(self):
        rng = self.rng
        total = self.spec["meetings"]
        weights = [{"BOARD": 8, "MANAGEMENT_GROUP": 8, "COMMITTEE": 5, "COUNCIL": 4}.get(g["kind"], 2)
                   for g in self.groups]
        per_group = [0] * len(self.groups)
        for k in rng.choices(range(len(self.groups)), weights=weights, k=total):
            per_group[k] += 1
        window_start = self.now - dt.timedelta(days=730)
        window_days = 730 + 180
        people = ["%s %s" % (f, s) for f in names.FIRST_NAMES for s in names.SURNAMES]
        for g, n in zip(self.groups, per_group):
            if n == 0:
                continue
            area = g["pool_area"]
            fill = {"G": area["genitive"], "K": area.get("short", area["name_fi"])}
            starts = []
            for _ in range(n):
                day = (window_start + dt.timedelta(days=rng.randrange(window_days))).astimezone(self.tz).date()
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                local = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 13, 14, 17, 18]),
                                                         rng.choice([0, 0, 30])), self.tz)
                starts.append(local)
            starts.sort()
            number_in_year = {}
            place = rng.choice(names.PLACES).format(**fill)
            for s in starts:
                number_in_year[s.year] = number_in_year.get(s.year, 0) + 1
                title = "%s %d/%d" % ("Ylimääräinen kokous" if rng.random() < 0.03 else "Kokous",
                                      number_in_year[s.year], s.year)
                ends = s + dt.timedelta(minutes=rng.choice([60, 90, 120, 150, 180]))
                checkers = approved_at = approved_by = published_at = None
                if s > self.now:
                    status = "PLANNED"
                else:
                    checkers = ", ".join(rng.sample(people, 2))
                    if s > self.now - dt.timedelta(days=7):
                        status = "HELD"
                    else:
                        status = rng.choices(["PUBLISHED", "APPROVED", "HELD"], weights=[75, 15, 10])[0]
                    if status != "HELD":
                        approved_at = min(self.now, s + dt.timedelta(days=rng.randint(2, 14), hours=rng.randint(0, 6)))
                        approved_by = rng.choice(people)
                        if status == "PUBLISHED":
                            published_at = min(self.now, approved_at + dt.timedelta(days=rng.randint(0, 3)))
                created = min(self.now, s - dt.timedelta(days=rng.randint(7, 40)))
                self.meetings_out.append([
                    self.take_id("network.meeting"), g["id"], title, iso(s), iso(ends), place, status, checkers,
                    approved_at and iso(approved_at), approved_by, published_at and iso(published_at),
                    iso(created)])

    # ---- writing -----------------------------------------------------------------------------

    def marker_row(self):
        i = self.take_id("network.actor")
        text = "Written by bench/generate --scale %s at %s; the generator refuses to run again here." % (
            self.scale, iso(self.now))
        self.actors_out.append([i, MARKER, self.sector("OTHER"), "NATIONAL", "f", self.country["id"], None, None,
                                None, None, text, "ACTIVE", iso(self.now), iso(self.now)])

    def script(self):
        checks = " OR ".join("(SELECT coalesce(max(id), 0) FROM %s) >= %d" % (t, self.first_id[t]) for t in TABLES)
        yield "SET client_encoding = 'UTF8';\n"
        yield "LOCK TABLE %s IN SHARE ROW EXCLUSIVE MODE;\n" % ", ".join(TABLES)
        yield ("DO $$ BEGIN\n"
               "  IF EXISTS (SELECT 1 FROM network.actor WHERE name = '%s') THEN\n"
               "    RAISE EXCEPTION 'benchmark data is already loaded here (an actor named %s exists)';\n"
               "  END IF;\n"
               "  IF %s THEN\n"
               "    RAISE EXCEPTION 'rows were added while the data was generated; run bench/generate again';\n"
               "  END IF;\n"
               "END $$;\n") % (MARKER, MARKER, checks)
        yield from copy_block("network.area", AREA_COLUMNS, self.areas_out)
        yield from copy_block("network.actor", ACTOR_COLUMNS, self.actors_out)
        yield from copy_block("network.cooperation_group", GROUP_COLUMNS, self.groups_out)
        yield from copy_block("network.membership", MEMBERSHIP_COLUMNS, self.memberships_out)
        yield from copy_block("network.meeting", MEETING_COLUMNS, self.meetings_out)
        yield "DO $$ BEGIN\n"
        for t in TABLES:
            yield "  PERFORM setval('%s', greatest((SELECT coalesce(max(id), 0) FROM %s), %d), true);\n" % (
                self.sequence[t], t, self.next_id[t] - 1)
        yield "END $$;\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo_root = os.path.abspath(os.path.join(here, "..", ".."))
    ap = argparse.ArgumentParser(prog="bench/generate", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", required=True, choices=sorted(SCALES))
    ap.add_argument("--host", default=os.environ.get("PGHOST", "localhost"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("PGPORT", "55432")))
    ap.add_argument("--db", default=os.environ.get("PGDATABASE", "turvaverkko"))
    ap.add_argument("--user", default=os.environ.get("PGUSER", "postgres"))
    ap.add_argument("--seed", type=int, default=20250101, help="random seed (same seed, same data)")
    ap.add_argument("--geo-dir", help="folder with finland-municipalities.geojson and finland-regions.geojson")
    args = ap.parse_args()

    started = time.monotonic()
    db = Db(args.host, args.port, args.db, args.user)
    gen = Generator(db, args.scale, args.seed, args.geo_dir, repo_root)
    gen.read_state()
    before = gen.counts()
    if args.scale == "demo":
        print("scale demo: nothing added")
        print_counts(before, None)
        return
    if gen.marker:
        die("benchmark data is already loaded in %s (an actor named '%s' exists); generate into a fresh "
            "database" % (db.where, MARKER), 3)
    gen.ensure_areas()
    gen.generate_actors()
    gen.generate_groups()
    gen.generate_memberships()
    gen.generate_meetings()
    gen.marker_row()
    generated = time.monotonic()
    db.run_script(gen.script())
    loaded = time.monotonic()
    # VACUUM (ANALYZE): statistics for the planner, and the visibility map and hint bits set as on a
    # database that has lived a while (index-only scans, no hint-bit writes on the first reads)
    db.rows("VACUUM (ANALYZE) " + ", ".join(TABLES))
    analyzed = time.monotonic()
    after = gen.counts()
    print("scale %s on %s (seed %d)" % (args.scale, db.where, args.seed))
    print_counts(after, before)
    print("elapsed: %.1f s (generate %.1f s, COPY %.1f s, VACUUM ANALYZE %.1f s)" % (
        analyzed - started, generated - started, loaded - generated, analyzed - loaded))


def print_counts(after, before):
    for key in ("areas", "regions", "municipalities", "actors", "groups", "memberships", "meetings"):
        if before is None:
            print("  %-15s %8d" % (key, after[key]))
        else:
            print("  %-15s %8d  (+%d)" % (key, after[key], after[key] - before[key]))


if __name__ == "__main__":
    main()
