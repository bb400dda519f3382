package fi.turvaverkko.risks;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.put;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scales a region defines: a scale whose bands leave a gap is refused with nothing written, and a
 * change that would strand the scenarios rated on a scale is refused too.
 */
@IntegrationTest
class RiskScaleApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    ObjectNode template(String name) throws Exception {
        ObjectNode t = (ObjectNode) json.readTree(mvc.perform(get("coordinator", "/api/v1/risk-scales/template"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        t.put("name", name);
        return t;
    }

    long scales() {
        return jdbc.sql("SELECT count(*) FROM risks.scale").query(Long.class).single();
    }

    @Test
    void aScaleWithAGapBetweenItsBandsIsRefusedAndNothingIsWritten() throws Exception {
        ObjectNode t = template(unique("Aukollinen asteikko"));
        // deaths: level 2 starts at 6 while level 1 ends at 5
        ((ObjectNode) t.get("impacts").get(0).get("levels").get(1)).put("lower", 6);
        long before = scales();
        mvc.perform(post("coordinator", "/api/v1/risk-scales", t.toString()).header("Accept-Language", "fi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("impacts[0].levels[1].lower"))
                .andExpect(jsonPath("$.errors[0].code").value("gap"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Kuolleet: tasojen 1 ja 2 väliin jää aukko (5–6). Tason yläraja on seuraavan tason alaraja."));
        assertThat(scales()).isEqualTo(before);
    }

    @Test
    void aScaleIsCreatedChangedAndDeletedWhileNothingIsRatedOnIt() throws Exception {
        ObjectNode t = template(unique("Kokeiluasteikko"));
        String created = mvc.perform(post("coordinator", "/api/v1/risk-scales", t.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regionCode").value("19"))
                .andExpect(jsonPath("$.impacts[6].code").value("SOCIETAL"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        ObjectNode s = (ObjectNode) json.readTree(created);
        String id = s.get("id").asString();
        // four levels everywhere instead of five: nothing is rated on it yet
        ((tools.jackson.databind.node.ArrayNode) s.get("likelihood").get("levels")).remove(4);
        ((ObjectNode) s.get("likelihood").get("levels").get(3)).putNull("upper");
        for (JsonNode d : s.get("impacts")) {
            ((tools.jackson.databind.node.ArrayNode) d.get("levels")).remove(4);
            ((ObjectNode) d.get("levels").get(3)).putNull("upper");
        }
        mvc.perform(put("coordinator", "/api/v1/risk-scales/" + id, s.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.likelihood.levels.length()").value(4))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(post("coordinator", "/api/v1/risk-scales", t.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(delete("coordinator", "/api/v1/risk-scales/" + id)).andExpect(status().isNoContent());
    }

    @Test
    void theScaleTheScenariosAreRatedOnKeepsItsLevelsAndDimensions() throws Exception {
        JsonNode list = json.readTree(mvc.perform(get("coordinator", "/api/v1/risk-scales?region=19"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        JsonNode demo = null;
        for (JsonNode s : list.get("content")) {
            if (s.get("name").asString().startsWith("Alueellinen riskiarvio")) {
                demo = s;
            }
        }
        assertThat(demo).isNotNull();
        String id = demo.get("id").asString();
        mvc.perform(delete("coordinator", "/api/v1/risk-scales/" + id)).andExpect(status().isConflict());
        ObjectNode fewer = (ObjectNode) demo.deepCopy();
        ((tools.jackson.databind.node.ArrayNode) fewer.get("impacts")).remove(0);
        mvc.perform(put("coordinator", "/api/v1/risk-scales/" + id, fewer.toString()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].code").value("dimensionInUse"));
        // a label may change
        ObjectNode renamed = (ObjectNode) demo.deepCopy();
        ((ObjectNode) renamed.get("impacts").get(0).get("levels").get(0)).put("label", "alle viisi henkeä");
        mvc.perform(put("coordinator", "/api/v1/risk-scales/" + id, renamed.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.impacts[0].levels[0].label").value("alle viisi henkeä"));
    }
}
