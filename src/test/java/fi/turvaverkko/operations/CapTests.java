package fi.turvaverkko.operations;

import static fi.turvaverkko.support.Api.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.operations.domain.CapAlert;
import fi.turvaverkko.operations.domain.CapXml;
import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CAP 1.2 in and out: a weather warning opens a disruption in MONITORING in the municipalities its
 * geocodes name, an update with a polygon adds to it, and what is not valid CAP 1.2 (missing required
 * elements, wrong code values, a DTD or an external entity, too large) is refused with nothing
 * written; the public feed carries valid CAP.
 */
@IntegrationTest
class CapTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    static String warning(String id, String sent, String msgType, String references, String areaXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
                  <identifier>%s</identifier>
                  <sender>varoitukset@ilmatieteenlaitos.example</sender>
                  <sent>%s</sent>
                  <status>Actual</status>
                  <msgType>%s</msgType>
                  <scope>Public</scope>
                  %s
                  <info>
                    <language>fi-FI</language>
                    <category>Met</category>
                    <event>Myrskyvaroitus</event>
                    <urgency>Expected</urgency>
                    <severity>Severe</severity>
                    <certainty>Likely</certainty>
                    <headline>Myrskyvaroitus Itä-Lappiin</headline>
                    <description>Länsituuli puuskissa 25–30 m/s. Sähkökatkot mahdollisia.</description>
                    <area>
                      <areaDesc>Itä-Lappi</areaDesc>
                      %s
                    </area>
                  </info>
                </alert>""".formatted(
                id, sent, msgType, references == null ? "" : "<references>" + references + "</references>", areaXml);
    }

    static String geocodes(String... codes) {
        StringBuilder s = new StringBuilder();
        for (String c : codes) {
            s.append("<geocode><valueName>KUNTA</valueName><value>").append(c).append("</value></geocode>");
        }
        return s.toString();
    }

    ResultActions importXml(String user, String xml) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/cap/import")
                .contentType("application/xml")
                .content(xml.getBytes(StandardCharsets.UTF_8))
                .accept("application/json", "application/problem+json")
                .with(httpBasic(user, "demo")));
    }

    long capCount() {
        return jdbc.sql("SELECT count(*) FROM operations.cap_alert")
                .query(Long.class)
                .single();
    }

    @Test
    void aWarningOpensAndAnUpdateExtendsADisruption() throws Exception {
        String id = "FMI-" + System.nanoTime();
        JsonNode opened = json.readTree(
                importXml("pelastus", warning(id, "2026-11-20T08:00:00+02:00", "Alert", null, geocodes("320", "732")))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.action").value("OPENED"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        String d = opened.get("disruptionId").asString();
        JsonNode disruption = json.readTree(mvc.perform(get("spr", "/api/v1/disruptions/" + d))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(disruption.get("status").asString()).isEqualTo("MONITORING");
        assertThat(disruption.get("kind").asString()).isEqualTo("STORM");
        assertThat(disruption.get("severity").asString()).isEqualTo("SEVERE");
        assertThat(disruption.get("areaCodes").toString()).contains("320", "732");
        // the same alert twice is a duplicate
        importXml("pelastus", warning(id, "2026-11-20T08:00:00+02:00", "Alert", null, geocodes("320")))
                .andExpect(status().isConflict());
        // an update naming Savukoski by a polygon around its centre adds it
        String polygon = "<polygon>67.2,28.0 67.2,28.4 67.4,28.4 67.4,28.0 67.2,28.0</polygon>";
        importXml(
                        "pelastus",
                        warning(
                                id + "-2",
                                "2026-11-20T12:00:00+02:00",
                                "Update",
                                "varoitukset@ilmatieteenlaitos.example," + id + ",2026-11-20T08:00:00+02:00",
                                polygon))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.action").value("UPDATED"))
                .andExpect(jsonPath("$.disruptionId").value(d));
        assertThat(mvc.perform(get("spr", "/api/v1/disruptions/" + d))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("\"742\"");
        // the public feed carries it as valid CAP 1.2
        String feed = mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/cap"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"").contains("Myrskyvaroitus Itä-Lappiin");
        String single = mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/cap/" + d))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        CapAlert parsed = CapXml.parse(single.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.infos().get(0).areas().get(0).geocodes()).hasSizeGreaterThanOrEqualTo(3);
        Disruptions.close(jdbc, d);
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/cap/" + d)).andExpect(status().isNotFound());
    }

    @Test
    void whatIsNotValidCapIsRefusedAndNothingWritten() throws Exception {
        long before = capCount();
        String ok = warning("X-" + System.nanoTime(), "2026-11-20T08:00:00+02:00", "Alert", null, geocodes("698"));
        // a DTD with an external entity
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE alert [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + ok.substring(ok.indexOf("<alert")).replace("Myrskyvaroitus</event>", "&x;</event>");
        importXml("pelastus", xxe)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("dtd"));
        // wrong code values and missing required elements
        importXml("pelastus", ok.replace("<severity>Severe</severity>", "<severity>Huge</severity>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("severity"));
        importXml("pelastus", ok.replaceFirst("<identifier>[^<]*</identifier>", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("identifier"));
        importXml(
                        "pelastus",
                        ok.replace("+02:00</sent>", "Z</sent>").replace("2026-11-20T08:00:00Z", "2026-11-20T08:00:00Z"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sent"));
        importXml(
                        "pelastus",
                        ok.replace("urn:oasis:names:tc:emergency:cap:1.2", "urn:oasis:names:tc:emergency:cap:1.1"))
                .andExpect(status().isBadRequest());
        importXml("pelastus", "tämä ei ole XML:ää").andExpect(status().isBadRequest());
        importXml("pelastus", ok.replace("<value>698</value>", "<value>999</value>"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("noArea"));
        // too large
        String big = ok.replace("Sähkökatkot mahdollisia.", "x".repeat(600 * 1024));
        importXml("pelastus", big).andExpect(status().isPayloadTooLarge());
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/cap/import")
                        .file(new MockMultipartFile(
                                "file", "big.xml", "application/xml", big.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("pelastus", "demo")))
                .andExpect(status().isPayloadTooLarge());
        assertThat(capCount()).isEqualTo(before);
        // NGOs and businesses import nothing
        importXml("spr", ok).andExpect(status().isForbidden());
        importXml(null, ok).andExpect(status().isUnauthorized());
        assertThat(capCount()).isEqualTo(before);
        // the same file as multipart is accepted
        String created = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/cap/import")
                        .file(new MockMultipartFile(
                                "file", "varoitus.xml", "application/xml", ok.getBytes(StandardCharsets.UTF_8)))
                        .with(httpBasic("pelastus", "demo")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Disruptions.close(jdbc, json.readTree(created).get("disruptionId").asString());
    }
}
