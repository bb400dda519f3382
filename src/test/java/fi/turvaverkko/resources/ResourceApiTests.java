package fi.turvaverkko.resources;

import static fi.turvaverkko.support.Api.actorId;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry through the API: the catalogue, create-change-verify-delete, the nearest search
 * ranked by arrival, bad input refused with nothing written, import all or nothing, export, and two
 * commitments racing for the last unit.
 */
@IntegrationTest
class ResourceApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    ResourceService resources;

    JsonNode read(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(user, path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    long countNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM resources.resource WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    static String body(String name, String quantity, String lat, String lon) {
        return """
                {"typeCode": "GENERATOR_20KVA", "name": "%s", "quantity": %s, "areaCode": "698",
                 "lat": %s, "lon": %s, "availability": "AVAILABLE", "activationMinutes": 45,
                 "contact247": "+358 40 000 9999", "agreementStatus": "VERBAL", "confidentiality": "PUBLIC"}""".formatted(name, quantity, lat, lon);
    }

    @Test
    void theCatalogueHasTheTypesLaplandNeeds() throws Exception {
        JsonNode page = read("spr", "/api/v1/resource-types?size=200");
        assertThat(page.get("page").get("totalElements").asInt()).isGreaterThanOrEqualTo(40);
        JsonNode generator = read("spr", "/api/v1/resource-types/GENERATOR_60KVA");
        assertThat(generator.get("kind").asString()).isEqualTo("EQUIPMENT");
        assertThat(generator.get("function").asString()).isEqualTo("POWER");
        assertThat(generator.get("typeLevel").asInt()).isEqualTo(2);
        assertThat(read("spr", "/api/v1/resource-types?function=SEARCH_RESCUE")
                        .get("content")
                        .size())
                .isGreaterThan(3);
    }

    @Test
    void theDemoRegistryHasSeveralHundredResourcesOverLapland() {
        long n = jdbc.sql("SELECT count(*) FROM resources.resource")
                .query(Long.class)
                .single();
        // the demo's municipalities by their statistical codes (tests make areas of their own, coded W…)
        long municipalities = jdbc.sql("SELECT count(DISTINCT r.area_id) FROM resources.resource r"
                        + " JOIN network.v_area a ON a.id = r.area_id WHERE a.code ~ '^[0-9]+$'")
                .query(Long.class)
                .single();
        assertThat(n).isGreaterThan(300);
        assertThat(municipalities).isEqualTo(21);
    }

    @Test
    void anOwnerAddsChangesVerifiesAndDeletesItsResource() throws Exception {
        String name = unique("Varavoimakone testi");
        String created = mvc.perform(post("yritys", "/api/v1/resources", body(name, "2", "66.52", "25.78")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.ownerActorId").value(actorId(jdbc, "Ounaskosken Konepalvelu Oy")))
                .andExpect(jsonPath("$.contact247").value("+358 40 000 9999"))
                .andExpect(jsonPath("$.locationExact").value(true))
                .andExpect(jsonPath("$.northing").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode r = json.readTree(created);
        String id = r.get("id").asString();
        String changed = created.replace("\"quantity\":2", "\"quantity\":3");
        mvc.perform(put("yritys", "/api/v1/resources/" + id, changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quantity").value(3));
        // the old version is stale now
        mvc.perform(put("yritys", "/api/v1/resources/" + id, changed)).andExpect(status().isConflict());
        jdbc.sql("UPDATE resources.resource SET last_verified = current_date - 400 WHERE id = ?")
                .param(Long.parseLong(id))
                .update();
        assertThat(read("yritys", "/api/v1/resources/" + id)
                        .get("verificationDue")
                        .asBoolean())
                .isTrue();
        mvc.perform(post("yritys", "/api/v1/resources/" + id + "/verify", ""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verificationDue").value(false));
        mvc.perform(Api2.delete("yritys", "/api/v1/resources/" + id)).andExpect(status().isNoContent());
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void badInputIsRefusedWithATranslatedMessageAndNothingWritten() throws Exception {
        String name = unique("Virheellinen");
        mvc.perform(post("yritys", "/api/v1/resources", body(name, "-1", "66.52", "25.78")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quantity"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("negatiivinen")));
        mvc.perform(post("yritys", "/api/v1/resources", body(name, "1", "59.33", "18.06"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lat"))
                .andExpect(
                        jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("outside Finland")));
        mvc.perform(post(
                        "yritys",
                        "/api/v1/resources",
                        body(name, "1", "66.5", "25.7").replace("GENERATOR_20KVA", "NO_SUCH")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("typeCode"));
        mvc.perform(get("pelastus", "/api/v1/resources/nearest?type=GENERATOR_60KVA&lat=48.1&lon=11.5"))
                .andExpect(status().isBadRequest());
        assertThat(countNamed(name)).isZero();
    }

    @Test
    void theNearestGeneratorsAreRankedByTimeToArrive() throws Exception {
        JsonNode r = read(
                "pelastus",
                "/api/v1/resources/nearest?type=GENERATOR_60KVA,GENERATOR_200KVA&lat=66.5039&lon=25.7294&radiusKm=300");
        JsonNode hits = r.get("content");
        assertThat(hits.size()).isGreaterThan(3);
        int previous = -1;
        for (JsonNode h : hits) {
            assertThat(h.get("etaMinutes").asInt()).isGreaterThanOrEqualTo(previous);
            assertThat(h.get("distanceKm").asDouble()).isLessThanOrEqualTo(300);
            assertThat(h.get("resource").get("availability").asString()).isNotEqualTo("UNAVAILABLE");
            previous = h.get("etaMinutes").asInt();
        }
        assertThat(r.get("from").get("northing").asLong()).isEqualTo(7376653);
        // by function and type level: at least type II generators
        JsonNode strong =
                read("pelastus", "/api/v1/resources/nearest?function=POWER&kind=EQUIPMENT&minLevel=2&area=698");
        for (JsonNode h : strong.get("content")) {
            assertThat(h.get("resource").get("typeCode").asString()).isIn("GENERATOR_60KVA", "GENERATOR_200KVA");
        }
    }

    @Test
    void anImportIsAllOrNothing() throws Exception {
        String a = unique("Tuotu lämmittelypaikka");
        String b = unique("Tuotu vesisäiliö");
        String good = "\uFEFFtypeCode;name;quantity;areaCode;lat;lon;activationMinutes;lastVerified\n"
                + "WARMING_PLACE;" + a + ";40;698;66,50;25,70;90;1.9.2026\n"
                + "WATER_TANK_LARGE;" + b + ";2;698;;;;\n";
        String bad = good + "NO_SUCH;Huono;-3;999;91;0;x;31.2.2026\n";
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/resources/import")
                        .file(new MockMultipartFile("file", "r.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("spr", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'typeCode')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'quantity')]")
                        .exists());
        assertThat(countNamed(a) + countNamed(b)).isZero();
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/resources/import")
                        .contentType("text/csv")
                        .content(good.getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic("spr", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(countNamed(a) + countNamed(b)).isEqualTo(2);
    }

    @Test
    void theExportIsCsvForFinnishExcel() throws Exception {
        org.springframework.test.web.servlet.MvcResult started = mvc.perform(
                        get("yritys", "/api/v1/resources/export?format=csv&mine=true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .asyncStarted())
                .andReturn();
        byte[] csv = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid;typeCode;name;");
        assertThat(text).contains("Varavoimakone 60 kVA");
        mvc.perform(get("yritys", "/api/v1/resources/import/template?format=xlsx"))
                .andExpect(status().isOk());
    }

    @Test
    void twoPeopleCommittingTheLastUnitAtOnceOneSucceeds() throws Exception {
        String name = unique("Viimeinen yksikkö");
        String created = mvc.perform(post("yritys", "/api/v1/resources", body(name, "1", "66.52", "25.78")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String id = json.readTree(created).get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<String>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(() -> {
                try {
                    resources.reserve(id, 1);
                    return "ok";
                } catch (fi.turvaverkko.shared.DomainException e) {
                    return e.messageKey();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(both)) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "error.resource.notEnoughFree");
        assertThat(read("yritys", "/api/v1/resources/" + id).get("available").asInt())
                .isZero();
    }

    /** DELETE with HTTP Basic. */
    static final class Api2 {
        static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder delete(
                String user, String path) {
            return fi.turvaverkko.support.Api.delete(user, path);
        }
    }
}
