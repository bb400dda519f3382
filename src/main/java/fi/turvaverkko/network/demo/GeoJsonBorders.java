package fi.turvaverkko.network.demo;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Picks the borders of some areas out of a GeoJSON FeatureCollection of the National Land Survey,
 * where each feature carries its official code in the property {@code NATCODE}.
 */
final class GeoJsonBorders {

    private GeoJsonBorders() {}

    /** The geometry of every feature whose code is wanted, as GeoJSON text, by code. */
    static Map<String, String> geometries(JsonMapper json, InputStream in, Predicate<String> wanted) {
        JsonNode root = json.readTree(in);
        if (!"FeatureCollection".equals(root.path("type").asString())) {
            throw new IllegalArgumentException("not a GeoJSON FeatureCollection");
        }
        Map<String, String> borders = new HashMap<>();
        for (JsonNode feature : root.path("features")) {
            String code = feature.path("properties").path("NATCODE").asString();
            JsonNode geometry = feature.get("geometry");
            if (wanted.test(code) && geometry != null && geometry.isObject()) {
                borders.put(code, json.writeValueAsString(geometry));
            }
        }
        return borders;
    }
}
