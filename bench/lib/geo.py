"""Finland's regions and municipalities from the GeoJSON reference data (standard library only).

The municipalities file has no region field: each municipality is put in the region whose polygon
contains a point inside the municipality (the centroid of its largest outer ring when that lies
inside the municipality, otherwise the middle of the widest inner stretch of a horizontal line).
"""

import json
import math
import os


def _polygons(geometry):
    """[[outer ring, hole, ...], ...] of a Polygon or MultiPolygon."""
    t = geometry["type"]
    if t == "Polygon":
        return [geometry["coordinates"]]
    if t == "MultiPolygon":
        return list(geometry["coordinates"])
    raise ValueError("unsupported geometry type " + t)


def _ring_area_centroid(ring):
    a = cx = cy = 0.0
    n = len(ring)
    for i in range(n - 1 if ring[0] == ring[-1] else n):
        x0, y0 = ring[i][0], ring[i][1]
        x1, y1 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2.0
    if abs(a) < 1e-15:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        return 0.0, (sum(xs) / len(xs), sum(ys) / len(ys))
    return abs(a), (cx / (6 * a), cy / (6 * a))


def _in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def contains(polygons, x, y):
    for rings in polygons:
        if _in_ring(x, y, rings[0]) and not any(_in_ring(x, y, h) for h in rings[1:]):
            return True
    return False


def _bbox(polygons):
    xs = [p[0] for rings in polygons for p in rings[0]]
    ys = [p[1] for rings in polygons for p in rings[0]]
    return min(xs), min(ys), max(xs), max(ys)


def _scanline_point(rings, y):
    """Middle of the widest stretch of the horizontal line y inside the polygon, or None."""
    xs = []
    for ring in rings:
        n = len(ring)
        for i in range(n):
            x0, y0 = ring[i][0], ring[i][1]
            x1, y1 = ring[(i + 1) % n][0], ring[(i + 1) % n][1]
            if (y0 > y) != (y1 > y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    best = None
    for i in range(0, len(xs) - 1, 2):
        w = xs[i + 1] - xs[i]
        if best is None or w > best[0]:
            best = (w, (xs[i] + xs[i + 1]) / 2)
    return None if best is None else (best[1], y)


def inner_point(polygons):
    """A point inside the largest polygon, close to its centroid."""
    largest = max(polygons, key=lambda rings: _ring_area_centroid(rings[0])[0])
    _, (cx, cy) = _ring_area_centroid(largest[0])
    if contains([largest], cx, cy):
        return cx, cy
    ys = [p[1] for p in largest[0]]
    lo, hi = min(ys), max(ys)
    for f in (0.0, 0.1, -0.1, 0.2, -0.2, 0.3, -0.3, 0.4, -0.4):
        y = cy + f * (hi - lo)
        y = min(max(y, lo + 1e-7), hi - 1e-7)
        p = _scanline_point(largest, y + 1e-9)
        if p is not None and contains([largest], p[0], p[1]):
            return p
    return cx, cy


def _distance_to_polygons(polygons, x, y):
    k = math.cos(math.radians(y))
    return min(((p[0] - x) * k) ** 2 + (p[1] - y) ** 2 for rings in polygons for p in rings[0])


def find_data_dir(repo_root, override=None):
    candidates = [override] if override else []
    candidates += [
        os.path.join(repo_root, "src", "main", "resources", "data"),
    ]
    for d in candidates:
        if d and os.path.isfile(os.path.join(d, "finland-municipalities.geojson")) and os.path.isfile(
            os.path.join(d, "finland-regions.geojson")
        ):
            return os.path.abspath(d)
    raise SystemExit(
        "bench/generate: finland-municipalities.geojson and finland-regions.geojson not found in "
        + ", ".join(c for c in candidates if c)
    )


def _compact(geometry):
    return json.dumps(geometry, separators=(",", ":"), ensure_ascii=False)


def load(data_dir):
    """(regions, municipalities): dicts with code, name_fi, name_sv, lat, lon, border and, for a
    municipality, region (code)."""
    with open(os.path.join(data_dir, "finland-regions.geojson"), encoding="utf-8") as f:
        region_features = json.load(f)["features"]
    with open(os.path.join(data_dir, "finland-municipalities.geojson"), encoding="utf-8") as f:
        municipality_features = json.load(f)["features"]

    regions = []
    for feat in region_features:
        p = feat["properties"]
        polys = _polygons(feat["geometry"])
        x, y = inner_point(polys)
        regions.append(
            {
                "code": str(p["NATCODE"]).strip(),
                "name_fi": p["NAMEFIN"].strip(),
                "name_sv": (p.get("NAMESWE") or "").strip() or None,
                "lat": round(y, 5),
                "lon": round(x, 5),
                "border": _compact(feat["geometry"]),
                "_polys": polys,
                "_bbox": _bbox(polys),
            }
        )

    municipalities = []
    for feat in municipality_features:
        p = feat["properties"]
        polys = _polygons(feat["geometry"])
        x, y = inner_point(polys)
        region = None
        for r in regions:
            x0, y0, x1, y1 = r["_bbox"]
            if x0 <= x <= x1 and y0 <= y <= y1 and contains(r["_polys"], x, y):
                region = r["code"]
                break
        if region is None:  # the simplified borders leave slivers: take the nearest region
            region = min(regions, key=lambda r: _distance_to_polygons(r["_polys"], x, y))["code"]
        municipalities.append(
            {
                "code": str(p["NATCODE"]).strip(),
                "name_fi": p["NAMEFIN"].strip(),
                "name_sv": (p.get("NAMESWE") or "").strip() or None,
                "lat": round(y, 5),
                "lon": round(x, 5),
                "border": _compact(feat["geometry"]),
                "region": region,
                "land_km2": p.get("LANDAREA"),
            }
        )
    for r in regions:
        del r["_polys"], r["_bbox"]
    regions.sort(key=lambda r: r["code"])
    municipalities.sort(key=lambda m: m["code"])
    return regions, municipalities


def load_lapland_csv(data_dir):
    """Extra facts of Lapland's municipalities (Sámi names, population, centre) when present."""
    import csv

    for d in (data_dir,):
        path = os.path.join(d, "lapland-municipalities.csv")
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                return {row["code"]: row for row in csv.DictReader(f)}
    return {}
