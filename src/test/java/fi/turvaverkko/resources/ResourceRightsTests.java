package fi.turvaverkko.resources;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rights of issue 5 on resources, each tried by someone who must not pass: a resource's 24/7
 * contact and exact location are seen by its owner and the coordinator (authorities only during an
 * active disruption, tried in the operations tests), never by other actors or anonymous callers,
 * not through lists, counts, exports, search or errors; only the owner and the coordinator change it.
 */
@IntegrationTest
class ResourceRightsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResourceService resources;

    /** The body of a GET as the user, also of a streamed (asynchronous) export. */
    String text(String user, String path) throws Exception {
        org.springframework.test.web.servlet.MvcResult r =
                mvc.perform(get(user, path)).andReturn();
        if (r.getRequest().isAsyncStarted()) {
            r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(r))
                    .andReturn();
        }
        assertThat(r.getResponse().getStatus()).as("GET %s as %s", path, user).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String generatorOfYritys() {
        return jdbc.sql("""
                        SELECT r.id::text FROM resources.resource r JOIN network.actor a ON a.id = r.owner_actor_id
                         WHERE a.name = 'Ounaskosken Konepalvelu Oy' AND r.name = 'Varavoimakone 200 kVA (perävaunu)'""").query(String.class).single();
    }

    String restrictedOfRescue() {
        return jdbc.sql(
                        "SELECT id::text FROM resources.resource WHERE confidentiality = 'RESTRICTED' ORDER BY id LIMIT 1")
                .query(String.class)
                .single();
    }

    @Test
    void anonymousCallersSeeOnlyCounts() throws Exception {
        String id = generatorOfYritys();
        for (String path : new String[] {
            "/api/v1/resources",
            "/api/v1/resources/" + id,
            "/api/v1/resources/nearest?type=GENERATOR_60KVA&area=698",
            "/api/v1/resources/export",
            "/api/v1/resource-types"
        }) {
            mvc.perform(get(null, path)).andExpect(status().isUnauthorized());
        }
        String counts = text(null, "/api/v1/public/resources/counts");
        assertThat(counts).contains("GENERATOR_200KVA").doesNotContain("+358").doesNotContain("lat");
        String csv = text(null, "/api/v1/public/resources/counts?format=csv");
        // the restricted stock is not counted
        assertThat(csv).doesNotContain("MOBILE_BASE_STATION");
    }

    @Test
    void otherActorsSeeNeitherTheContactNorTheExactLocation() throws Exception {
        String id = generatorOfYritys();
        JsonNode own = json.readTree(text("yritys", "/api/v1/resources/" + id));
        assertThat(own.get("contact247").isNull()).isFalse();
        assertThat(own.get("locationExact").asBoolean()).isTrue();
        for (String user : new String[] {"spr", "rovaniemi", "pelastus"}) {
            JsonNode other = json.readTree(text(user, "/api/v1/resources/" + id));
            assertThat(other.get("contact247").isNull()).as(user).isTrue();
            assertThat(other.get("locationExact").asBoolean()).as(user).isFalse();
            assertThat(other.get("lat").asDouble())
                    .as(user)
                    .isNotEqualTo(own.get("lat").asDouble());
            // nor through the list, the search or the export
            assertThat(text(user, "/api/v1/resources?mine=false&q=200%20kVA")).doesNotContain("+358");
            assertThat(text(user, "/api/v1/resources/export?format=csv&type=GENERATOR_200KVA"))
                    .doesNotContain("+358 40 000")
                    .doesNotContain(String.valueOf(own.get("lat").asDouble()));
            assertThat(text(user, "/api/v1/resources/nearest?type=GENERATOR_200KVA&area=698"))
                    .doesNotContain("+358")
                    .contains("\"locationExact\":false");
        }
        JsonNode coordinator = json.readTree(text("coordinator", "/api/v1/resources/" + id));
        assertThat(coordinator.get("contact247").asString()).startsWith("Päivystys");
        assertThat(coordinator.get("locationExact").asBoolean()).isTrue();
        // the coordinator's read of a contact is in the audit log
        assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE items @> ARRAY[?::text]"
                                + " AND action = 'READ_RESTRICTED' AND username = 'coordinator'")
                        .param("RESOURCE:" + id)
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void aRestrictedResourceDoesNotExistForOthers() throws Exception {
        String id = restrictedOfRescue();
        for (String user : new String[] {"spr", "yritys", "rovaniemi"}) {
            mvc.perform(get(user, "/api/v1/resources/" + id)).andExpect(status().isNotFound());
            mvc.perform(put(user, "/api/v1/resources/" + id, "{}")).andExpect(status().isNotFound());
            JsonNode list = json.readTree(text(user, "/api/v1/resources?type=MOBILE_BASE_STATION"));
            assertThat(list.get("page").get("totalElements").asInt()).as(user).isZero();
            assertThat(text(user, "/api/v1/resources/export?type=MOBILE_BASE_STATION"))
                    .doesNotContain("Varmennettu");
            assertThat(text(user, "/api/v1/resources/nearest?type=MOBILE_BASE_STATION&area=698"))
                    .doesNotContain("Varmennettu");
        }
        assertThat(text("pelastus", "/api/v1/resources/" + id)).contains("Varmennettu");
        assertThat(text("coordinator", "/api/v1/resources/" + id)).contains("tilannekeskus");
    }

    @Test
    void onlyTheOwnerAndTheCoordinatorChangeAResource() throws Exception {
        String id = generatorOfYritys();
        String body = text("yritys", "/api/v1/resources/" + id);
        for (String user : new String[] {"spr", "rovaniemi", "pelastus", "admin"}) {
            mvc.perform(put(user, "/api/v1/resources/" + id, body)).andExpect(status().isForbidden());
            mvc.perform(delete(user, "/api/v1/resources/" + id)).andExpect(status().isForbidden());
            mvc.perform(post(user, "/api/v1/resources/" + id + "/verify", "")).andExpect(status().isForbidden());
        }
        String saved = mvc.perform(
                        put("coordinator", "/api/v1/resources/" + id, text("coordinator", "/api/v1/resources/" + id)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(saved).contains("\"contact247\":\"Päivystys");
        // nobody adds a resource in another actor's name
        String other = "{\"typeCode\": \"ATV\", \"name\": \"Vieras mönkijä\", \"quantity\": 1, \"areaCode\": \"698\","
                + " \"ownerActorId\": \"" + actorId(jdbc, "Ounaskosken Konepalvelu Oy") + "\"}";
        mvc.perform(post("spr", "/api/v1/resources", other)).andExpect(status().isForbidden());
    }

    @Test
    void onlyAdminsAndCoordinatorsKeepTheCatalogue() throws Exception {
        String type = """
                {"code": "%s", "name": "Testityyppi", "kind": "EQUIPMENT", "function": "POWER", "typeLevel": 3, "unit": "PIECE"}""";
        for (String user : new String[] {"yritys", "spr", "pelastus", "rovaniemi"}) {
            mvc.perform(post(user, "/api/v1/resource-types", type.formatted("TEST_" + user.toUpperCase())))
                    .andExpect(status().isForbidden());
        }
        String code = "TEST_ADMIN_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        mvc.perform(post("admin", "/api/v1/resource-types", type.formatted(code)))
                .andExpect(status().isCreated());
        mvc.perform(post("admin", "/api/v1/resource-types", type.formatted(code)))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/resource-types", type.formatted("bad code")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void ownersAreRemindedOnceAYearHasPassed() {
        String id = generatorOfYritys();
        jdbc.sql("UPDATE resources.resource SET last_verified = current_date - 500, reminded_at = NULL WHERE id = ?")
                .param(Long.parseLong(id))
                .update();
        long before = jdbc.sql("SELECT count(*) FROM platform.mail_message WHERE recipient = 'yritys@example.org'")
                .query(Long.class)
                .single();
        assertThat(resources.remindOwners()).isPositive();
        long after = jdbc.sql("SELECT count(*) FROM platform.mail_message WHERE recipient = 'yritys@example.org'")
                .query(Long.class)
                .single();
        assertThat(after).isEqualTo(before + 1);
        // not again the next day
        resources.remindOwners();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.mail_message WHERE recipient = 'yritys@example.org'")
                        .query(Long.class)
                        .single())
                .isEqualTo(after);
        jdbc.sql("UPDATE resources.resource SET last_verified = current_date WHERE id = ?")
                .param(Long.parseLong(id))
                .update();
    }
}
