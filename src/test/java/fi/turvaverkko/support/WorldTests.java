package fi.turvaverkko.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A test's own world holds what it was told to, with the rights that follow from it. */
@IntegrationTest
class WorldTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRegionHasItsLeadAndACoordinatorOfItsOwn() throws Exception {
        World world = World.of(mvc);
        World.Region region = world.region();
        mvc.perform(get("/api/v1/me").with(region.coordinator().basic()))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.coordinatorRegionIds").value(region.area().id()))
                .andExpect(jsonPath("$.actorIds").value(region.lead().id()))
                .andExpect(jsonPath("$.authority").value(true));
        mvc.perform(get("/api/v1/areas/" + region.area().id())
                        .with(region.coordinator().basic()))
                .andExpect(jsonPath("$.type").value("REGION"))
                .andExpect(jsonPath("$.parentCode").value(World.COUNTRY))
                .andExpect(jsonPath("$.leadActorId").value(region.lead().id()));
        mvc.perform(get("/api/v1/actors/" + region.lead().id())
                        .with(region.coordinator().basic()))
                .andExpect(jsonPath("$.homeAreaCode").value(region.code()));
    }

    @Test
    void actorsAndUsersAreMadeWhereTheyAreAsked() throws Exception {
        World world = World.of(mvc);
        World.Region region = world.region();
        World.Area sub = world.subRegion(region);
        World.Area salla = world.municipality(region, sub);
        World.Actor rescue = world.actor("Pelastuslaitos")
                .sector("RESCUE")
                .level("REGIONAL")
                .in(salla)
                .create();
        World.Actor ngo = world.actor("Kyläyhdistys").in(salla).create();
        World.User chief = world.user().actingFor(rescue).create();
        World.User volunteer = world.user().actingFor(ngo).create();

        assertThat(jdbc.sql("""
                        SELECT p.code FROM network.area a JOIN network.area p ON p.id = a.parent_id WHERE a.code = ?""").param(salla.code()).query(String.class).single())
                .isEqualTo(sub.code());
        mvc.perform(get("/api/v1/actors/" + rescue.id()).with(chief.basic()))
                .andExpect(jsonPath("$.homeAreaCode").value(salla.code()))
                .andExpect(jsonPath("$.authority").value(true))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        mvc.perform(get("/api/v1/me").with(chief.basic()))
                .andExpect(jsonPath("$.actorIds").value(rescue.id()))
                .andExpect(jsonPath("$.authority").value(true))
                .andExpect(jsonPath("$.roles").value("MEMBER"));
        mvc.perform(get("/api/v1/me").with(volunteer.basic()))
                .andExpect(jsonPath("$.actorIds").value(ngo.id()))
                .andExpect(jsonPath("$.authority").value(false));
    }

    @Test
    void twoWorldsDoNotMeet() {
        World.Region one = World.of(mvc).region();
        World.Region two = World.of(mvc).region();
        assertThat(one.code()).isNotEqualTo(two.code());
        assertThat(one.lead().id()).isNotEqualTo(two.lead().id());
        assertThat(one.coordinator().username()).isNotEqualTo(two.coordinator().username());
    }

    @Test
    void anActorOutsideTheWorldNeedsToBeToldWhoMakesIt() {
        World world = World.of(mvc);
        World.Area elsewhere = new World.Area("1", "698", "Rovaniemi", "MUNICIPALITY");
        assertThatThrownBy(() -> world.actor("Yhdistys").in(elsewhere).create())
                .hasMessageContaining("not of this world");
    }
}
