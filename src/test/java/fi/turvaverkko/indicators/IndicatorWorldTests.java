package fi.turvaverkko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.indicators.IndicatorTestData.IndicatorRef;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Indicator values and targets in a world of the test's own: their areas named, gone with their area,
 * and changed by a PUT of the item as a GET gave it, whose read-only fields are ignored.
 */
@IntegrationTest
class IndicatorWorldTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long values(String areaId) {
        return jdbc.sql("SELECT count(*) FROM indicators.indicator_value WHERE area_id = ?")
                .param(Long.parseLong(areaId))
                .query(Long.class)
                .single();
    }

    @Test
    void valuesNameTheirAreaAndGoAfterTheAreaIsDeleted() throws Exception {
        World world = World.of(mvc);
        World.Region region = world.region();
        World.Area town = world.municipality(region);
        World.Area other = world.municipality(region);
        IndicatorTestData data = new IndicatorTestData(mvc);
        IndicatorRef crimes = data.anIndicator().by(region.coordinator()).create();
        data.value(crimes, town, 2023, "4.5");
        data.value(crimes, town, 2024, "3.5");
        data.value(crimes, other, 2024, "7");

        mvc.perform(get("/api/v1/indicator-values?indicator=" + crimes.code() + "&within=" + region.code()
                                + "&sort=year,desc")
                        .with(region.coordinator().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[?(@.year == 2023)].areaCode").value(town.code()));

        mvc.perform(delete("/api/v1/areas/" + town.id())
                        .with(region.coordinator().basic()))
                .andExpect(status().isNoContent());
        // the values go after the deletion commits, when the indicators module hears of it
        long deadline = System.currentTimeMillis() + 20_000;
        while (values(town.id()) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(values(town.id())).isZero();
        assertThat(values(other.id())).isEqualTo(1);
    }

    final JsonMapper json = JsonMapper.builder().build();

    ObjectNode read(String path, World.User as) throws Exception {
        return (ObjectNode) json.readTree(mvc.perform(get(path).with(as.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aValueIsChangedByAPutOfItAsAGetGaveItAndItsIdAndAStaleVersionDoNotPass() throws Exception {
        World world = World.of(mvc);
        World.Region region = world.region();
        World.Area town = world.municipality(region);
        World.Area other = world.municipality(region);
        IndicatorTestData data = new IndicatorTestData(mvc);
        IndicatorRef crimes = data.anIndicator().by(region.coordinator()).create();
        String id = data.value(crimes, town, 2023, "4.5").get("id").asString();
        String path = "/api/v1/indicator-values/" + id;
        ObjectNode body = read(path, region.coordinator());
        long version = body.get("version").asLong();
        body.put("id", "1");
        body.put("value", 5.25);
        body.put("areaCode", other.code());
        body.remove("areaId");
        mvc.perform(put(path)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.value").value(5.25))
                .andExpect(jsonPath("$.areaCode").value(other.code()));
        // the version it was read at is no longer the value's
        body.put("version", version);
        body.put("value", 6);
        mvc.perform(put(path)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isConflict());
        body.put("colour", "red");
        mvc.perform(put(path)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isBadRequest());
        assertThat(read(path, region.coordinator()).get("value").decimalValue()).isEqualByComparingTo("5.25");
    }

    @Test
    void aTargetBelongsToTheIndicatorOfItsPathWhateverItsBodySays() throws Exception {
        World world = World.of(mvc);
        World.Region region = world.region();
        World.Area town = world.municipality(region);
        IndicatorTestData data = new IndicatorTestData(mvc);
        IndicatorRef crimes = data.anIndicator().by(region.coordinator()).create();
        IndicatorRef other = data.anIndicator().by(region.coordinator()).create();
        String targets = "/api/v1/indicators/" + crimes.id() + "/targets";
        String made = mvc.perform(post(targets)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"indicatorId\": \"%s\", \"areaCode\": \"%s\", \"year\": 2030, \"value\": 2.5}"
                                .formatted(other.id(), town.code())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.indicatorId").value(crimes.id()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = json.readTree(made).get("id").asString();
        ObjectNode body = read(targets + "/" + id, region.coordinator());
        body.put("indicatorId", other.id());
        body.put("id", "1");
        body.put("value", 2);
        body.put("note", "Tarkistettu");
        mvc.perform(put(targets + "/" + id)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.indicatorId").value(crimes.id()))
                .andExpect(jsonPath("$.value").value(2))
                .andExpect(jsonPath("$.note").value("Tarkistettu"));
        mvc.perform(get("/api/v1/indicators/" + other.id() + "/targets")
                        .with(region.coordinator().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }
}
