package fi.turvaverkko.indicators;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.World;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicators and their values in a test's own world, made through the API by the region's
 * coordinator (who keeps definitions and the region's values):
 * {@code data.anIndicator().by(region.coordinator()).create()}, {@code data.value(i, town, 2024, "3.5")}.
 */
final class IndicatorTestData {

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    IndicatorTestData(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An indicator as the API made it. */
    record IndicatorRef(String id, String code, World.User by) {}

    IndicatorBuilder anIndicator() {
        return new IndicatorBuilder();
    }

    final class IndicatorBuilder {

        private World.User by;
        private String unit = "PER_1000";
        private String polarity = "HIGHER_IS_WORSE";

        IndicatorBuilder by(World.User user) {
            this.by = user;
            return this;
        }

        IndicatorBuilder higherIsBetter() {
            this.polarity = "HIGHER_IS_BETTER";
            return this;
        }

        IndicatorRef create() throws Exception {
            String code = "T" + World.unique().toUpperCase(Locale.ROOT);
            JsonNode made = created(by, "/api/v1/indicators", """
                    {"code": "%s", "name": "Testi-indikaattori %s", "unit": "%s", "source": "SOTKANET",
                     "polarity": "%s", "kind": "LEADING", "decimals": 1}""".formatted(code, code, unit, polarity));
            return new IndicatorRef(made.get("id").asString(), code, by);
        }
    }

    /** A value of the indicator in the area and year, written by the one who made the indicator. */
    JsonNode value(IndicatorRef indicator, World.Area area, int year, String value) throws Exception {
        return created(
                indicator.by(),
                "/api/v1/indicator-values",
                "{\"indicatorCode\": \"%s\", \"areaCode\": \"%s\", \"year\": %d, \"value\": %s}"
                        .formatted(indicator.code(), area.code(), year, value));
    }

    private JsonNode created(World.User as, String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path)
                        .with(as.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }
}
