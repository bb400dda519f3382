package fi.turvaverkko.continuity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The continuity pages for people the business pages were not written for. */
@IntegrationTest
class ContinuityPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsLoader loader;

    @Test
    void anAdministratorWhoActsForNoOrganisationSeesTheOverview() throws Exception {
        // before: the questionnaires were sorted by a sector of null, and the page answered 500
        mvc.perform(get("/continuity").with(user(loader.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
    }
}
