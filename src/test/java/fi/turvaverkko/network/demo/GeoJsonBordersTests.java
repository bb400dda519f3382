package fi.turvaverkko.network.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonBordersTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keepsTheGeometryOfTheWantedFeaturesOnly() {
        String collection = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"NATCODE": "047", "NAMEFIN": "Enontekiö"},
                   "geometry": {"type": "Polygon",
                                "coordinates": [[[23.5, 68.3], [23.7, 68.4], [23.6, 68.5], [23.5, 68.3]]]}},
                  {"type": "Feature", "properties": {"NATCODE": "091", "NAMEFIN": "Helsinki"},
                   "geometry": {"type": "Polygon",
                                "coordinates": [[[24.9, 60.1], [25.0, 60.2], [24.8, 60.2], [24.9, 60.1]]]}},
                  {"type": "Feature", "properties": {"NATCODE": "148"}, "geometry": null}
                ]}""";

        Map<String, String> borders =
                GeoJsonBorders.geometries(json, stream(collection), Set.of("047", "148")::contains);

        assertThat(borders).containsOnlyKeys("047");
        JsonNode geometry = json.readTree(borders.get("047"));
        assertThat(geometry.path("type").asString()).isEqualTo("Polygon");
        assertThat(geometry.path("coordinates").get(0).get(1).get(0).asDouble()).isEqualTo(23.7);
    }

    @Test
    void refusesWhatIsNotAFeatureCollection() {
        assertThatThrownBy(() -> GeoJsonBorders.geometries(json, stream("{\"type\": \"Feature\"}"), code -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedFilesHoldEveryBorderTheDemoNeeds() throws IOException {
        Set<String> lapland = Set.of(
                "047", "148", "240", "241", "261", "273", "320", "498", "583", "614", "683", "698", "732", "742", "751",
                "758", "845", "851", "854", "890", "976");
        try (InputStream in = new ClassPathResource(NetworkDemoData.MUNICIPALITY_BORDERS).getInputStream()) {
            assertThat(GeoJsonBorders.geometries(json, in, lapland::contains)).containsOnlyKeys(lapland);
        }
        try (InputStream in = new ClassPathResource(NetworkDemoData.REGION_BORDERS).getInputStream()) {
            assertThat(GeoJsonBorders.geometries(json, in, NetworkDemoData.REGION::equals))
                    .containsOnlyKeys(NetworkDemoData.REGION);
        }
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
