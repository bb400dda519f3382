package fi.turvaverkko.risks;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Risk scales and scenarios in a test's own world, made through the API by the region's coordinator:
 * {@code data.scale(region)}, then {@code data.aScenario().in(region).ownedBy(rescue).at(town).create()}.
 * A scenario's other fields have valid defaults on the 2018 template's scale.
 */
final class ScenarioTestData {

    private final MockMvc mvc;
    private final JsonMapper json = JsonMapper.builder().build();

    ScenarioTestData(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A scale of the region, copied from the 2018 template: it becomes the region's default. */
    JsonNode scale(World.Region region) throws Exception {
        ObjectNode template = (ObjectNode) read(
                get("/api/v1/risk-scales/template").with(region.coordinator().basic()));
        template.put("regionCode", region.code());
        template.put("name", "Testiasteikko " + World.unique());
        return created(region.coordinator(), "/api/v1/risk-scales", template.toString());
    }

    ScenarioBuilder aScenario() {
        return new ScenarioBuilder();
    }

    final class ScenarioBuilder {

        private World.Region region;
        private World.Actor owner;
        private final List<String> areas = new ArrayList<>();
        private int likelihood = 3;
        private boolean restricted;
        private String title = "Testiskenaario " + World.unique();

        ScenarioBuilder in(World.Region region) {
            this.region = region;
            return this;
        }

        ScenarioBuilder ownedBy(World.Actor owner) {
            this.owner = owner;
            return this;
        }

        ScenarioBuilder at(World.Area area) {
            areas.add(area.code());
            return this;
        }

        ScenarioBuilder likelihood(int likelihood) {
            this.likelihood = likelihood;
            return this;
        }

        ScenarioBuilder restricted() {
            this.restricted = true;
            return this;
        }

        JsonNode create() throws Exception {
            List<String> codes = areas.isEmpty() ? List.of(region.code()) : areas;
            String body = """
                    {"title": "%s", "category": "LARGE_ACCIDENTS", "themes": [], "areaCodes": %s,
                     "ownerActorId": "%s", "reviewDate": "2027-05-31", "likelihood": %d,
                     "impacts": {"DEATHS": 2, "INJURED": 3, "EVACUATED": 4, "MATERIAL_DAMAGE": 3,
                                 "BUSINESS_INTERRUPTION": 2, "ENVIRONMENT": 1, "SOCIETAL": 3},
                     "reliability": "MEDIUM", "residualLikelihood": 2, "residualImpact": 2,
                     "measureIds": [], "resourceTypes": [], "restricted": %s}""".formatted(title, json.writeValueAsString(codes), owner.id(), likelihood, restricted);
            return created(region.coordinator(), "/api/v1/risks", body);
        }
    }

    private JsonNode read(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return json.readTree(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
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
