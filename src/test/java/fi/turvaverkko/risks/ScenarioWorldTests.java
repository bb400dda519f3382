package fi.turvaverkko.risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Risk scenarios in a world of the test's own, on a scale of its own region. */
@IntegrationTest
class ScenarioWorldTests {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    World world;
    World.Region region;
    World.Area town;
    World.Actor rescue;
    ScenarioTestData data;

    @BeforeEach
    void world() throws Exception {
        world = World.of(mvc);
        region = world.region();
        town = world.municipality(region);
        rescue = world.actor("Pelastuslaitos")
                .sector("RESCUE")
                .level("REGIONAL")
                .in(town)
                .create();
        data = new ScenarioTestData(mvc);
        data.scale(region);
    }

    ObjectNode read(String id, World.User as) throws Exception {
        return (ObjectNode) json.readTree(mvc.perform(get("/api/v1/risks/" + id).with(as.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aScenarioNamesItsRegionAndAreasAndItsScoresAreAlwaysDerived() throws Exception {
        JsonNode made = data.aScenario()
                .in(region)
                .ownedBy(rescue)
                .at(town)
                .likelihood(4)
                .create();
        String id = made.get("id").asString();
        ObjectNode body = read(id, region.coordinator());
        assertThat(body.get("regionCode").asString()).isEqualTo(region.code());
        assertThat(body.get("areaCodes").get(0).asString()).isEqualTo(town.code());
        // the impacts come back in the scale's order: deaths first, societal last
        assertThat(body.get("impacts").propertyNames().iterator().next()).isEqualTo("DEATHS");
        String score = body.get("score").asString();

        body.put("score", 999);
        body.put("meanImpact", 0);
        body.put("residualScore", 0);
        body.put("titleSv", "Testscenario");
        mvc.perform(put("/api/v1/risks/" + id)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.titleSv").value("Testscenario"))
                .andExpect(jsonPath("$.residualScore").value(4));
        assertThat(read(id, region.coordinator()).get("score").asString()).isEqualTo(score);

        ObjectNode above = read(id, region.coordinator());
        above.put("likelihood", 1);
        above.put("residualLikelihood", 5);
        above.put("residualImpact", 5);
        mvc.perform(put("/api/v1/risks/" + id)
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(above.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("residualImpact"));
    }

    @Test
    void aRestrictedScenarioExistsOnlyForTheRegionsCoordinatorAndAuthorities() throws Exception {
        World.Actor ngo = world.actor("Kyläyhdistys").in(town).create();
        World.User volunteer = world.user().actingFor(ngo).create();
        String open =
                data.aScenario().in(region).ownedBy(rescue).create().get("id").asString();
        String secret = data.aScenario()
                .in(region)
                .ownedBy(rescue)
                .restricted()
                .create()
                .get("id")
                .asString();

        mvc.perform(get("/api/v1/risks/" + secret).with(volunteer.basic())).andExpect(status().isNotFound());
        read(open, volunteer);
        read(secret, region.coordinator());
        mvc.perform(get("/api/v1/risks/matrix?region=" + region.code()).with(volunteer.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/risks/matrix?region=" + region.code())
                        .with(region.coordinator().basic()))
                .andExpect(jsonPath("$.total").value(2));
    }
}
