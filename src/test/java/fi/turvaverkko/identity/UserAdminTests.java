package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.CreateUser;
import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.identity.domain.Users;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The admin pages for users and the rules a new user must meet. */
@IntegrationTest
class UserAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    UserDetailsLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminCreatesAUserWhoActsForAnActorAndCanLogIn() throws Exception {
        String actor = jdbc.sql("SELECT id::text FROM network.actor WHERE name = 'Kemin kaupunki'")
                .query(String.class)
                .single();
        mvc.perform(post("/admin/users/new")
                        .with(user(loader.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("username", "kemi.turva")
                        .param("displayName", "Kemin turvallisuuskoordinaattori")
                        .param("email", "turva@kemi.example")
                        .param("roles", "MEMBER")
                        .param("status", "ACTIVE")
                        .param("actorIds", actor)
                        .param("password", "pitka-ja-turvallinen"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/me").with(httpBasic("kemi.turva", "pitka-ja-turvallinen")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(actor)));
        long audited = jdbc.sql(
                        "SELECT count(*) FROM audit.entry WHERE item_type = 'USER' AND changes::text LIKE '%kemi.turva%'")
                .query(Long.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aRefusedFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/users/new")
                        .with(user(loader.loadUserByUsername("admin")))
                        .with(csrf())
                        .param("username", "Väärä Tunnus")
                        .param("displayName", "Testi Henkilö")
                        .param("roles", "MEMBER")
                        .param("status", "ACTIVE")
                        .param("password", "lyhyt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Testi Henkil")))
                .andExpect(content().string(containsString("Tarkista tiedot")));
    }

    @Test
    void shortPasswordsDuplicateNamesAndUnknownActorsAreRefused() {
        assertThatThrownBy(() -> users.create(
                        new CreateUser("uusi.kayttaja", "Uusi", null, List.of("MEMBER"), "ACTIVE", List.of(), "lyhyt")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.create(new CreateUser(
                        "spr", "Toinen", null, List.of("MEMBER"), "ACTIVE", List.of(), "riittavan-pitka")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.create(new CreateUser(
                        "kolmas",
                        "Kolmas",
                        null,
                        List.of("MEMBER"),
                        "ACTIVE",
                        List.of("999999999"),
                        "riittavan-pitka")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.create(new CreateUser(
                        "neljas", "Neljäs", null, List.of("SUPERUSER"), "ACTIVE", List.of(), "riittavan-pitka")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theAuditPageListsAndFilters() throws Exception {
        mvc.perform(get("/admin/audit").param("itemType", "USER").with(user(loader.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lokitiedot")));
    }
}
