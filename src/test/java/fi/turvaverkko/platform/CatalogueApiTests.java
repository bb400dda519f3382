package fi.turvaverkko.platform;

import static fi.turvaverkko.support.Api.delete;
import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Catalogues: read by members, extended by admins and coordinators, built-in values kept. */
@IntegrationTest
class CatalogueApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void membersReadTheCataloguesWithTheRequiredCodes() throws Exception {
        mvc.perform(get("yritys", "/api/v1/catalogues/sectors?size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.code == 'BORDER_GUARD')].nameSv")
                        .value("Gränsbevakningsväsendet"))
                .andExpect(jsonPath("$.page.totalElements").value(org.hamcrest.Matchers.greaterThanOrEqualTo(15)));
        mvc.perform(get("yritys", "/api/v1/catalogues/group-kinds/PREPAREDNESS_COMMITTEE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Valmiustoimikunta"));
        mvc.perform(get("yritys", "/api/v1/catalogues/no-such-catalogue")).andExpect(status().isNotFound());
    }

    @Test
    void adminsAndCoordinatorsExtendCataloguesMembersDoNot() throws Exception {
        String entry = "{\"code\": \"%s\", \"name\": \"Kyläyhdistys\", \"nameSv\": \"Byaförening\"}";
        mvc.perform(post("spr", "/api/v1/catalogues/sectors", entry.formatted("VILLAGE_ASSOCIATION")))
                .andExpect(status().isForbidden());
        mvc.perform(post("admin", "/api/v1/catalogues/sectors", entry.formatted("VILLAGE_ASSOCIATION")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.builtIn").value(false));
        mvc.perform(post("coordinator", "/api/v1/catalogues/sectors", entry.formatted("VILLAGE_ASSOCIATION")))
                .andExpect(status().isConflict());
        mvc.perform(post("coordinator", "/api/v1/catalogues/sectors", entry.formatted("kylä")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(delete("coordinator", "/api/v1/catalogues/sectors/POLICE")).andExpect(status().isConflict());
        mvc.perform(delete("coordinator", "/api/v1/catalogues/sectors/VILLAGE_ASSOCIATION"))
                .andExpect(status().isNoContent());
    }
}
