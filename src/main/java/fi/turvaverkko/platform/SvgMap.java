package fi.turvaverkko.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws GeoJSON polygons and points as a small SVG map, without tiles or scripts: it prints, works
 * offline and needs no external map service. Coordinates are WGS 84; the projection is a simple
 * equirectangular one scaled by the cosine of the map's mid latitude, which is faithful enough at
 * the scale of a region.
 */
public final class SvgMap {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();

    /** A polygon or multipolygon to draw with a CSS class, e.g. {@code context} or {@code highlight}. */
    public record Shape(String geometryJson, String cssClass, String title) {}

    /** A point to draw as a small circle. */
    public record Marker(double lat, double lon, String cssClass, String title) {}

    public SvgMap shape(String geometryJson, String cssClass, String title) {
        if (geometryJson != null) {
            shapes.add(new Shape(geometryJson, cssClass, title));
        }
        return this;
    }

    public SvgMap marker(Double lat, Double lon, String cssClass, String title) {
        if (lat != null && lon != null) {
            markers.add(new Marker(lat, lon, cssClass, title));
        }
        return this;
    }

    /**
     * The SVG element, {@code width} units wide, with a title that screen readers announce; empty
     * when there is nothing to draw.
     */
    public String render(int width, String title) {
        List<List<List<double[]>>> polygons = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        double minLon = Double.MAX_VALUE,
                maxLon = -Double.MAX_VALUE,
                minLat = Double.MAX_VALUE,
                maxLat = -Double.MAX_VALUE;
        for (Shape s : shapes) {
            List<List<double[]>> rings = rings(JSON.readTree(s.geometryJson()));
            polygons.add(rings);
            classes.add(s.cssClass());
            titles.add(s.title());
            for (List<double[]> ring : rings) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        for (Marker m : markers) {
            minLon = Math.min(minLon, m.lon());
            maxLon = Math.max(maxLon, m.lon());
            minLat = Math.min(minLat, m.lat());
            maxLat = Math.max(maxLat, m.lat());
        }
        if (minLon > maxLon) {
            return "";
        }
        double k = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * k, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double pad = 4;
        double scale = (width - 2 * pad) / spanX;
        int height = (int) Math.ceil(spanY * scale + 2 * pad);
        final double fMinLon = minLon;
        final double fMaxLat = maxLat;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < polygons.size(); i++) {
            svg.append("<path class=\"").append(escape(classes.get(i))).append("\" d=\"");
            for (List<double[]> ring : polygons.get(i)) {
                boolean first = true;
                for (double[] p : ring) {
                    double x = pad + (p[0] - fMinLon) * k * scale;
                    double y = pad + (fMaxLat - p[1]) * scale;
                    svg.append(first ? 'M' : 'L').append(fmt(x)).append(' ').append(fmt(y));
                    first = false;
                }
                svg.append('Z');
            }
            svg.append("\" fill-rule=\"evenodd\">");
            if (titles.get(i) != null) {
                svg.append("<title>").append(escape(titles.get(i))).append("</title>");
            }
            svg.append("</path>");
        }
        for (Marker m : markers) {
            double x = pad + (m.lon() - fMinLon) * k * scale;
            double y = pad + (fMaxLat - m.lat()) * scale;
            svg.append("<circle class=\"")
                    .append(escape(m.cssClass()))
                    .append("\" cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(y))
                    .append("\" r=\"4\">");
            if (m.title() != null) {
                svg.append("<title>").append(escape(m.title())).append("</title>");
            }
            svg.append("</circle>");
        }
        return svg.append("</svg>").toString();
    }

    private static List<List<double[]>> rings(JsonNode geometry) {
        List<List<double[]>> rings = new ArrayList<>();
        String type = geometry.path("type").asString("");
        JsonNode coords = geometry.path("coordinates");
        if (type.equals("Polygon")) {
            coords.forEach(ring -> rings.add(points(ring)));
        } else if (type.equals("MultiPolygon")) {
            coords.forEach(poly -> poly.forEach(ring -> rings.add(points(ring))));
        }
        return rings;
    }

    private static List<double[]> points(JsonNode ring) {
        List<double[]> pts = new ArrayList<>();
        ring.forEach(p -> pts.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        return pts;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
