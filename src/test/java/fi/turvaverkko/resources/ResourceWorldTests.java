package fi.turvaverkko.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.resources.ResourceTestData.ResourceRef;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resources in a world of the test's own: who keeps them, what a PUT may change, and the units a
 * commitment holds, without a demo name.
 */
@IntegrationTest
class ResourceWorldTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ResourceService resources;

    @Autowired
    ResourceTypeService types;

    final JsonMapper json = JsonMapper.builder().build();

    World world;
    World.Region region;
    World.Area town;
    World.Actor rescue;
    World.User chief;
    ResourceTestData data;

    @BeforeEach
    void world() {
        world = World.of(mvc);
        region = world.region();
        town = world.municipality(region);
        rescue = world.actor("Pelastuslaitos")
                .sector("RESCUE")
                .level("REGIONAL")
                .in(town)
                .create();
        chief = world.user().actingFor(rescue).create();
        data = new ResourceTestData(mvc);
    }

    ObjectNode read(ResourceRef r, World.User as) throws Exception {
        return (ObjectNode)
                json.readTree(mvc.perform(get("/api/v1/resources/" + r.id()).with(as.basic()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theOwnersUserKeepsAResourceAndAnotherRegionsCoordinatorMayOnlyReadIt() throws Exception {
        ResourceRef pump = data.aResource().of(rescue, chief).in(town).create();
        World.Region other = world.region();
        ObjectNode body = read(pump, other.coordinator());
        assertThat(body.get("locationExact").asBoolean()).isFalse();
        assertThat(body.get("contact247").isNull()).isTrue();
        body.put("name", "Toisen maakunnan nimi");
        mvc.perform(put("/api/v1/resources/" + pump.id())
                        .with(other.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/resources/" + pump.id())
                        .with(region.coordinator().basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(read(pump, region.coordinator())
                                .put("quantity", 5)
                                .toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantity").value(5));
    }

    @Test
    void aPutTakesTheResourceAsAGetGaveItAndIgnoresItsReadOnlyFields() throws Exception {
        ResourceRef pump =
                data.aResource().of(rescue, chief).in(town).quantity(4).create();
        ObjectNode body = read(pump, chief);
        body.put("name", "Uusi nimi");
        body.put("id", "1");
        body.put("committed", 3);
        body.put("available", 99);
        body.put("easting", 1);
        body.put("verificationDue", true);
        mvc.perform(put("/api/v1/resources/" + pump.id())
                        .with(chief.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(pump.id()))
                .andExpect(jsonPath("$.name").value("Uusi nimi"))
                .andExpect(jsonPath("$.committed").value(0))
                .andExpect(jsonPath("$.available").value(4))
                .andExpect(jsonPath("$.verificationDue").value(false));
        assertThat(jdbc.sql("SELECT committed FROM resources.resource WHERE id = ?")
                        .param(Long.parseLong(pump.id()))
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aFieldTheResourceDoesNotHaveIsRefused() throws Exception {
        ResourceRef pump = data.aResource().of(rescue, chief).in(town).create();
        ObjectNode body = read(pump, chief);
        body.put("colour", "red");
        mvc.perform(put("/api/v1/resources/" + pump.id())
                        .with(chief.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.toString()))
                .andExpect(status().isBadRequest());
        assertThat(read(pump, chief).get("version").asLong()).isEqualTo(pump.version());
    }

    @Test
    void theQuantityNeverFallsBelowTheUnitsCommittedAndACommittedResourceStays() throws Exception {
        ResourceRef pump =
                data.aResource().of(rescue, chief).in(town).quantity(3).create();
        resources.reserve(pump.id(), 2);
        assertThatThrownBy(() -> resources.reserve(pump.id(), 2)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.messageKey()).isEqualTo("error.resource.notEnoughFree");
        });
        ObjectNode body = read(pump, chief);
        assertThat(body.get("available").asInt()).isEqualTo(1);
        mvc.perform(put("/api/v1/resources/" + pump.id())
                        .with(chief.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.deepCopy().put("quantity", 1).toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"));
        mvc.perform(delete("/api/v1/resources/" + pump.id()).with(chief.basic()))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/resources/" + pump.id())
                        .with(chief.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.put("quantity", 2).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.available").value(0));
        resources.reserve(pump.id(), -2);
        mvc.perform(delete("/api/v1/resources/" + pump.id()).with(chief.basic()))
                .andExpect(status().isNoContent());
    }

    String page(String url, World.User as) throws Exception {
        var login = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                                .param("username", as.username())
                                .param("password", World.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession)
                login.getRequest().getSession(false);
        return mvc.perform(get(url).session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The table row of the page that shows this name. */
    static String row(String page, String name) {
        int at = page.indexOf(">" + name + "<");
        assertThat(at).as("a row names " + name).isPositive();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

    @Test
    void theListAndTheNearestSearchNameEachRowsTypeOwnerAndMunicipality() throws Exception {
        ResourceRef pump = data.aResource().of(rescue, chief).in(town).create();
        String typeName = jdbc.sql("SELECT name_fi FROM resources.v_resource_type WHERE code = ?")
                .param(ResourceTestData.TYPE)
                .query(String.class)
                .single();
        String list = row(
                page("/resources?q=" + pump.name().substring(pump.name().lastIndexOf(' ') + 1), chief), pump.name());
        assertThat(list).contains(typeName, rescue.name(), town.name());
        // the coordinator searches by the exact place (a test municipality has no centre)
        String nearest = row(
                page(
                        "/resources/nearest?type=" + ResourceTestData.TYPE + "&lat=66.5&lon=25.7&radiusKm=1",
                        region.coordinator()),
                pump.name());
        assertThat(nearest).contains("(" + typeName + ")", rescue.name());
    }

    @Test
    void otherModulesReadTheTypesThroughTheFacadeAndThePublishedView() {
        assertThat(types.byCodes(java.util.List.of(ResourceTestData.TYPE, "NO_SUCH_TYPE")))
                .containsOnlyKeys(ResourceTestData.TYPE);
        Map<String, Object> row = jdbc.sql(
                        "SELECT code, name_fi, kind, active FROM resources.v_resource_type WHERE code = ?")
                .param(ResourceTestData.TYPE)
                .query()
                .singleRow();
        assertThat(row.get("name_fi")).isNotNull();
        assertThat(row.get("active")).isEqualTo(true);
    }
}
