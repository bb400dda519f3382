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
        Bounds bounds = new Bounds();
        for (Shape s : shapes) {
            List<List<double[]>> rings = rings(JSON.readTree(s.geometryJson()));
            polygons.add(rings);
            rings.forEach(ring -> ring.forEach(p -> bounds.add(p[0], p[1])));
        }
        markers.forEach(m -> bounds.add(m.lon(), m.lat()));
        if (bounds.isEmpty()) {
            return "";
        }
        Frame frame = Frame.of(bounds, width);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(frame.height())
                .append("\" aria-label=\"")
                .append(escape(title))
                .append("\"><title>")
                .append(escape(title))
                .append("</title>");
        for (int i = 0; i < polygons.size(); i++) {
            path(svg, frame, polygons.get(i), shapes.get(i));
        }
        markers.forEach(m -> circle(svg, frame, m));
        return svg.append("</svg>").toString();
    }

    /** The smallest box around every point drawn, in degrees. */
    private static final class Bounds {
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;

        void add(double lon, double lat) {
            minLon = Math.min(minLon, lon);
            maxLon = Math.max(maxLon, lon);
            minLat = Math.min(minLat, lat);
            maxLat = Math.max(maxLat, lat);
        }

        boolean isEmpty() {
            return minLon > maxLon;
        }
    }

    /** Where a point falls in the picture: the projection of the bounds onto {@code width} units. */
    private record Frame(double minLon, double maxLat, double k, double scale, int height) {

        static final double PAD = 4;

        static Frame of(Bounds b, int width) {
            double k = Math.cos(Math.toRadians((b.minLat + b.maxLat) / 2));
            double spanX = Math.max((b.maxLon - b.minLon) * k, 1e-6);
            double spanY = Math.max(b.maxLat - b.minLat, 1e-6);
            double scale = (width - 2 * PAD) / spanX;
            return new Frame(b.minLon, b.maxLat, k, scale, (int) Math.ceil(spanY * scale + 2 * PAD));
        }

        double x(double lon) {
            return PAD + (lon - minLon) * k * scale;
        }

        double y(double lat) {
            return PAD + (maxLat - lat) * scale;
        }
    }

    private static void path(StringBuilder svg, Frame frame, List<List<double[]>> rings, Shape shape) {
        svg.append("<path class=\"").append(escape(shape.cssClass())).append("\" d=\"");
        for (List<double[]> ring : rings) {
            boolean first = true;
            for (double[] p : ring) {
                svg.append(first ? 'M' : 'L')
                        .append(fmt(frame.x(p[0])))
                        .append(' ')
                        .append(fmt(frame.y(p[1])));
                first = false;
            }
            svg.append('Z');
        }
        svg.append("\" fill-rule=\"evenodd\">");
        if (shape.title() != null) {
            svg.append("<title>").append(escape(shape.title())).append("</title>");
        }
        svg.append("</path>");
    }

    private static void circle(StringBuilder svg, Frame frame, Marker m) {
        svg.append("<circle class=\"")
                .append(escape(m.cssClass()))
                .append("\" cx=\"")
                .append(fmt(frame.x(m.lon())))
                .append("\" cy=\"")
                .append(fmt(frame.y(m.lat())))
                .append("\" r=\"4\">");
        if (m.title() != null) {
            svg.append("<title>").append(escape(m.title())).append("</title>");
        }
        svg.append("</circle>");
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
