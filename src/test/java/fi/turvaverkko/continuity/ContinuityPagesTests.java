package fi.turvaverkko.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The continuity pages for those who act for no organisation and for those who may not see the
 * region's aggregates: a page that tells them so, never an error of the server.
 */
@IntegrationTest
class ContinuityPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsLoader loader;

    @Test
    void theAdministratorWhoActsForNoOrganisationSeesThePageAndWhyThereIsNothingToAssess() throws Exception {
        String html = mvc.perform(get("/continuity").with(user(loader.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Et toimi minkään organisaation puolesta")
                .doesNotContain("id=\"start-heading\"")
                .doesNotContain("id=\"own-heading\"");
    }

    @Test
    void theAggregatesPageIsRefusedAlikeToThoseWhoMayNotSeeAnyRegionsAggregates() throws Exception {
        // the administrator used to get a 400 about a missing region, the others a 403
        for (String u : new String[] {"admin", "spr", "yritys"}) {
            mvc.perform(get("/continuity/aggregates").with(user(loader.loadUserByUsername(u))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/continuity/aggregates").with(user(loader.loadUserByUsername("coordinator"))))
                .andExpect(status().isOk());
    }
}
