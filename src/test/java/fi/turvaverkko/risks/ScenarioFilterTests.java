package fi.turvaverkko.risks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filters of the scenario list (ScenarioFilters) in a world of the test's own: an area finds the
 * scenarios of the area, of the areas below it and of the region above it; bad filters are a 400
 * naming each one.
 */
@IntegrationTest
class ScenarioFilterTests {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    World world;
    World.Region region;
    World.Area subRegion;
    World.Area town;
    World.Area village;
    World.Actor rescue;
    ScenarioTestData data;

    @BeforeEach
    void world() throws Exception {
        world = World.of(mvc);
        region = world.region();
        subRegion = world.subRegion(region);
        town = world.municipality(region, subRegion);
        village = world.municipality(region);
        rescue = world.actor("Pelastuslaitos")
                .sector("RESCUE")
                .level("REGIONAL")
                .in(town)
                .create();
        data = new ScenarioTestData(mvc);
        data.scale(region);
    }

    /** The ids the list gives the region's coordinator for these filters. */
    List<String> found(String filters) throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/risks?size=100&" + filters)
                        .with(region.coordinator().basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        page.get("content").forEach(s -> ids.add(s.get("id").asString()));
        return ids;
    }

    String id(JsonNode scenario) {
        return scenario.get("id").asString();
    }

    @Test
    void anAreaFindsItsOwnScenariosThoseBelowItAndTheRegionsButNotItsNeighbours() throws Exception {
        String ofTown = id(data.aScenario().in(region).ownedBy(rescue).at(town).create());
        String ofVillage =
                id(data.aScenario().in(region).ownedBy(rescue).at(village).create());
        String ofRegion = id(data.aScenario().in(region).ownedBy(rescue).create());

        assertThat(found("region=" + region.code())).containsExactlyInAnyOrder(ofTown, ofVillage, ofRegion);
        assertThat(found("area=" + town.code())).containsExactlyInAnyOrder(ofTown, ofRegion);
        assertThat(found("area=" + subRegion.code())).containsExactlyInAnyOrder(ofTown, ofRegion);
        assertThat(found("area=" + village.code())).containsExactlyInAnyOrder(ofVillage, ofRegion);
        assertThat(found("area=" + region.code())).containsExactlyInAnyOrder(ofTown, ofVillage, ofRegion);
    }

    @Test
    void theOwnerTheTextAndTheLikelihoodNarrowTheList() throws Exception {
        World.Actor council = world.actor("Kunta").in(village).create();
        JsonNode likely =
                data.aScenario().in(region).ownedBy(rescue).likelihood(5).create();
        String unlikely =
                id(data.aScenario().in(region).ownedBy(council).likelihood(3).create());

        assertThat(found("region=" + region.code() + "&owner=" + council.id())).containsExactly(unlikely);
        assertThat(found("region=" + region.code() + "&likelihood=5")).containsExactly(id(likely));
        String word = likely.get("title").asString().substring("Testiskenaario ".length());
        assertThat(found("region=" + region.code() + "&q=" + word)).containsExactly(id(likely));
        assertThat(found("region=" + region.code() + "&minScore="
                        + likely.get("score").asString()))
                .containsExactly(id(likely));
    }

    @Test
    void badFiltersAreRefusedNamingEachOne() throws Exception {
        mvc.perform(get("/api/v1/risks?region=" + town.code() + "&area=EI" + World.unique()
                                + "&likelihood=0&impact=11&owner=jokin&measure=x")
                        .with(region.coordinator().basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[1].field").value("area"))
                .andExpect(jsonPath("$.errors[2].field").value("owner"))
                .andExpect(jsonPath("$.errors[3].field").value("measure"))
                .andExpect(jsonPath("$.errors[4].field").value("likelihood"))
                .andExpect(jsonPath("$.errors[5].field").value("impact"));
    }
}
