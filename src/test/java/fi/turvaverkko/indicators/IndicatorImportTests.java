package fi.turvaverkko.indicators;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import of values ({@code indicator_code, area_code, year, value}): all or nothing with every
 * row's error, duplicates in the file and in the database refused unless replacing is asked, one
 * audit entry however many rows, the template and the export importing back.
 */
@IntegrationTest
class IndicatorImportTests {

    static final int LAST_YEAR = Year.now(ZoneId.of("Europe/Helsinki")).getValue() - 1;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    String indicator(String unit) throws Exception {
        String code = IndicatorApiTests.code("IMP");
        mvc.perform(post("coordinator", "/api/v1/indicators", IndicatorApiTests.definition(code, unit)))
                .andExpect(status().isCreated());
        return code;
    }

    ResultActions upload(String user, String csv, boolean replace) throws Exception {
        return mvc.perform(multipart("/api/v1/indicators/import" + (replace ? "?replace=true" : ""))
                .file(new MockMultipartFile("file", "arvot.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .with(httpBasic(user, "demo")));
    }

    long values(String code) {
        return jdbc.sql("""
                        SELECT count(*) FROM indicators.indicator_value v JOIN indicators.indicator i ON i.id = v.indicator_id
                        WHERE i.code = ?""").param(code).query(Long.class).single();
    }

    @Test
    void aGoodFileIsImportedWithOneAuditEntry() throws Exception {
        String code = indicator("PER_1000");
        long audits = jdbc.sql(
                        "SELECT count(*) FROM audit.entry WHERE item_type = 'INDICATOR_VALUE' AND action = 'IMPORT'")
                .query(Long.class)
                .single();
        // a BOM, semicolons, a decimal comma, a region and municipalities
        String csv = "\uFEFFindicator_code;area_code;year;value\n"
                + code + ";698;2020;8,4\n" + code + ";698;2021;8,9\n" + code + ";19;2021;9,1\n"
                + code + ";047;2021;3\n";
        upload("coordinator", csv, false)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(4))
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.areas").value(3));
        assertThat(values(code)).isEqualTo(4);
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.entry WHERE item_type = 'INDICATOR_VALUE' AND action = 'IMPORT'")
                        .query(Long.class)
                        .single())
                .isEqualTo(audits + 1);
        mvc.perform(get("coordinator", "/api/v1/indicator-values?indicator=" + code + "&area=698&year=2020"))
                .andExpect(jsonPath("$.content[0].value").value(8.4));
    }

    @Test
    void aFileWithErrorsWritesNothingAndNamesEveryRow() throws Exception {
        String code = indicator("PERCENT");
        String csv = "indicator_code,area_code,year,value\n"
                + code + ",698,2020,12.5\n" // good
                + "NO_SUCH_INDICATOR,698,2020,1\n" // row 3: unknown indicator
                + code + ",99999,2020,1\n" // row 4: unknown area
                + code + ",698," + (LAST_YEAR + 2) + ",1\n" // row 5: a year in the future
                + code + ",698,2020,13\n" // row 6: the same as row 2
                + code + ",240,2020,abc\n" // row 7: not a number
                + code + ",240,2021,140\n"; // row 8: a percentage over 100
        String body = upload("coordinator", csv, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(6))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var errors = json.readTree(body).get("errors");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("indicator_code");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).get("code").asString()).isEqualTo("unknownArea");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(2).get("code").asString()).isEqualTo("futureYear");
        assertThat(errors.get(3).get("row").asInt()).isEqualTo(6);
        assertThat(errors.get(3).get("code").asString()).isEqualTo("duplicateRow");
        assertThat(errors.get(4).get("row").asInt()).isEqualTo(7);
        assertThat(errors.get(5).get("code").asString()).isEqualTo("percent");
        assertThat(values(code)).isZero();
    }

    @Test
    void aValueAlreadyStoredIsRefusedUnlessReplacingIsAsked() throws Exception {
        String code = indicator("PER_1000");
        upload("coordinator", "indicator_code;area_code;year;value\n" + code + ";698;2020;5\n", false)
                .andExpect(status().isOk());
        String again = "indicator_code;area_code;year;value\n" + code + ";698;2019;4\n" + code + ";698;2020;6\n";
        upload("coordinator", again, false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("valueExists"));
        assertThat(values(code)).isEqualTo(1);
        upload("coordinator", again, true)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.replaced").value(1));
        mvc.perform(get("coordinator", "/api/v1/indicator-values?indicator=" + code + "&year=2020"))
                .andExpect(jsonPath("$.content[0].value").value(6))
                .andExpect(jsonPath("$.content[0].version").value(1));
    }

    @Test
    void wrongColumnsAndWrongFilesAreRefused() throws Exception {
        upload("coordinator", "indicator;area;year;value\nX;698;2020;1\n", false)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.code == 'unknownColumn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.code == 'missingColumn')]").exists());
        mvc.perform(multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile(
                                "file", "kuva.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}))
                        .accept(MediaType.APPLICATION_PROBLEM_JSON)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isUnsupportedMediaType());
        upload("coordinator", "indicator_code;area_code;year;value\n", false).andExpect(status().isBadRequest());
    }

    @Test
    void theRawBodyAndTheTemplateAndTheExportRoundTrip() throws Exception {
        String code = indicator("PER_1000");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                "/api/v1/indicators/import")
                        .contentType("text/csv")
                        .content("indicator_code,area_code,year,value\n" + code + ",320,2018,2.25\n" + code
                                + ",320,2019,2.5\n")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        byte[] export = mvc.perform(get("coordinator", "/api/v1/indicator-values/export?indicator=" + code))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(export, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFindicator_code;area_code;year;value").contains(code + ";320;2018;2,25");
        // importing the export back finds every value already there
        mvc.perform(multipart("/api/v1/indicators/import")
                        .file(new MockMultipartFile("file", "vienti.csv", "text/csv", export))
                        .accept(MediaType.APPLICATION_PROBLEM_JSON)
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(get("spr", "/api/v1/indicators/import/template?format=xlsx"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }
}
