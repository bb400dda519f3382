package fi.turvaverkko.shared;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static fi.turvaverkko.support.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A free-text search takes LIKE's wildcards literally: {@code %} and {@code _} find only themselves. */
@IntegrationTest
class SqlFilterTests {

    @Autowired
    MockMvc mvc;

    @Test
    void patternsEscapeTheWildcardsAndTheEscapeCharacter() {
        assertThat(SqlFilter.contains("100 %")).isEqualTo("%100 \\%%");
        assertThat(SqlFilter.contains(" a_b\\c ")).isEqualTo("%a\\_b\\\\c%");
        assertThat(SqlFilter.contains("  ")).isNull();
        assertThat(SqlFilter.contains(null)).isNull();
        assertThat(SqlFilter.startsWith("/FI/19/")).isEqualTo("/FI/19/%");
        assertThat(SqlFilter.startsWith(null)).isNull();
    }

    @Test
    void aSearchForAWildcardFindsOnlyNamesThatHoldIt() throws Exception {
        // before the escaping, "%" and "_" matched every actor of the region
        mvc.perform(get("coordinator", "/api/v1/actors").param("q", "%"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("coordinator", "/api/v1/actors").param("q", "_"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(0));

        String name = unique("Kemin Talkoot_100 % ry");
        mvc.perform(post("coordinator", "/api/v1/actors", """
                        {"name": "%s", "sector": "NGO", "level": "LOCAL", "homeAreaCode": "240", "businessId": "%s"}
                        """.formatted(name, Api.businessId())))
                .andExpect(status().isCreated());
        mvc.perform(get("coordinator", "/api/v1/actors").param("q", "_100 %"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].name").value(name));
    }
}
