package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.identity.domain.UserDetailsLoader;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What other modules ask of identity, and the admin's change of a user through the form. */
@IntegrationTest
class UserManagementTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    UserDetailsLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theActiveUsersOfManyActorsComeInOneAnswer() {
        World world = World.of(mvc);
        World.Region region = world.region();
        World.Area town = world.municipality(region);
        World.Actor rescue =
                world.actor("Pelastuslaitos").sector("RESCUE").in(town).create();
        World.Actor ngo = world.actor("Kyläyhdistys").in(town).create();
        World.Actor quiet = world.actor("Hiljainen yhdistys").in(town).create();
        World.User chief =
                world.user().named("a" + World.unique()).actingFor(rescue).create();
        World.User both =
                world.user().named("b" + World.unique()).actingFor(rescue, ngo).create();
        World.User gone = world.user().actingFor(rescue).create();
        users.setStatus(gone.id(), "DISABLED");

        var byActor = users.usersOfActors(
                List.of(Long.valueOf(rescue.id()), Long.valueOf(ngo.id()), Long.valueOf(quiet.id())));

        assertThat(byActor).containsOnlyKeys(Long.valueOf(rescue.id()), Long.valueOf(ngo.id()));
        assertThat(byActor.get(Long.valueOf(rescue.id())))
                .extracting(UserView::username)
                .containsExactly(chief.username(), both.username());
        assertThat(byActor.get(Long.valueOf(ngo.id())))
                .extracting(UserView::username)
                .containsExactly(both.username());
        assertThat(users.usersOfActor(Long.parseLong(ngo.id())))
                .extracting(UserView::username)
                .containsExactly(both.username());
        assertThat(users.usersOfActors(List.of())).isEmpty();
    }

    @Test
    void aStatusIsOneOfTheFour() {
        World world = World.of(mvc);
        World.User someone = world.user().create();
        assertThatThrownBy(() -> users.setStatus(someone.id(), "SUSPENDED"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.messageKey())
                        .containsExactly("error.status.unknown"));
        assertThat(users.find(someone.id())).get().extracting(UserView::status).isEqualTo("ACTIVE");
        users.setStatus(someone.id(), "PENDING");
        assertThat(users.find(someone.id())).get().extracting(UserView::status).isEqualTo("PENDING");
    }

    @Test
    void theAdminChangesAUserThroughTheFormAndAStaleFormIsRefused() throws Exception {
        World world = World.of(mvc);
        World.User someone = world.user().create();
        UserView before = users.find(someone.id()).orElseThrow();
        mvc.perform(get("/admin/users/" + someone.id()).with(user(loader.loadUserByUsername(World.ADMIN))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(someone.username())))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + before.version() + "\"")))
                .andExpect(content().string(not(containsString("name=\"username\""))));

        mvc.perform(post("/admin/users/" + someone.id())
                        .with(user(loader.loadUserByUsername(World.ADMIN)))
                        .with(csrf())
                        .param("displayName", "Uusi Nimi")
                        .param("email", "uusi@example.org")
                        .param("roles", "MEMBER")
                        .param("status", "ACTIVE")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().is3xxRedirection());
        UserView after = users.find(someone.id()).orElseThrow();
        assertThat(after.displayName()).isEqualTo("Uusi Nimi");
        assertThat(after.username()).isEqualTo(someone.username());

        mvc.perform(post("/admin/users/" + someone.id())
                        .with(user(loader.loadUserByUsername(World.ADMIN)))
                        .with(csrf())
                        .param("displayName", "Vanhentunut Nimi")
                        .param("roles", "MEMBER")
                        .param("status", "ACTIVE")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Joku muu on muuttanut tietoja")))
                .andExpect(content().string(containsString("value=\"Vanhentunut Nimi\"")));
        assertThat(users.find(someone.id()).orElseThrow().displayName()).isEqualTo("Uusi Nimi");
    }

    /** Other modules name a user through identity's read view, which shows no more than that. */
    @Test
    void theUserViewNamesAUserAndHoldsNothingElse() {
        World.User someone = World.of(mvc).user().create();
        assertThat(jdbc.sql("SELECT username FROM identity.v_user WHERE id = ?")
                        .param(Long.valueOf(someone.id()))
                        .query(String.class)
                        .single())
                .isEqualTo(someone.username());
        assertThat(jdbc.sql("""
                        SELECT column_name FROM information_schema.columns
                         WHERE table_schema = 'identity' AND table_name = 'v_user' ORDER BY ordinal_position""").query(String.class).list()).containsExactly("id", "username", "display_name");
    }
}
