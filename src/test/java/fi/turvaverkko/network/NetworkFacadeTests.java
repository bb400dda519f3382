package fi.turvaverkko.network;

import static fi.turvaverkko.support.Api.get;
import static fi.turvaverkko.support.Api.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.network.NetworkTestData.Region;
import fi.turvaverkko.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What other modules read of the network, in a region the test builds itself: areas by their place in
 * the tree, names of many items in one call, pending actors hidden from all but their coordinator,
 * the published read views, and changes seen at once (nothing is cached between requests).
 */
@IntegrationTest
class NetworkFacadeTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Areas areas;

    @Autowired
    Actors actors;

    @Autowired
    Groups groups;

    NetworkTestData world;
    Region region;

    @BeforeEach
    void world() {
        world = new NetworkTestData(context);
        region = world.aRegion();
    }

    @Test
    void theAreasOfARegionAreReadByTheirPlaceInTheTree() {
        String sub = "S" + NetworkTestData.next();
        String village = "V" + NetworkTestData.next();
        long subId = world.area("SUBREGION", sub, region.code(), "Testiseutu");
        long villageId = world.area("MUNICIPALITY", village, sub, "Testikylä");
        long regionId = Long.parseLong(region.id());

        assertThat(areas.within(regionId, AreaType.MUNICIPALITY))
                .extracting(AreaView::code)
                .containsExactlyInAnyOrder(region.municipalityCode(), village);
        assertThat(areas.within(regionId, null))
                .extracting(AreaView::code)
                .containsExactlyInAnyOrder(region.code(), sub, region.municipalityCode(), village);
        assertThat(areas.ancestry(villageId))
                .extracting(AreaView::code)
                .containsExactly("FI", region.code(), sub, village);
        assertThat(areas.path(villageId)).isEqualTo("/FI/" + region.code() + "/" + sub + "/" + village + "/");
        assertThat(areas.regionOf(villageId)).isEqualTo(regionId);
        assertThat(areas.regionOf(subId)).isEqualTo(regionId);
        assertThat(areas.regionOf(regionId)).isEqualTo(regionId);
        Long country = Long.valueOf(areas.findByCode("FI").orElseThrow().id());
        assertThat(areas.regionOf(country)).isNull();
        assertThat(areas.findByCode(" " + village + " ")).map(AreaView::id).contains(String.valueOf(villageId));
        assertThat(areas.findByCode("EI" + village)).isEmpty();
    }

    @Test
    void theNamesOfManyAreasActorsAndGroupsAreOneCallEach() {
        ActorView a = world.anActor().in(region).named("Ensimmäinen ry").create();
        ActorView b = world.anActor().in(region).named("Toinen ry").create();
        GroupView g = world.aGroup().in(region).named("Nimiryhmä").create();

        Map<String, String> areaNames = areas.names(List.of(region.id(), region.municipalityId(), "x", "999999999"));
        assertThat(areaNames)
                .containsOnlyKeys(region.id(), region.municipalityId())
                .containsEntry(region.id(), region.name());
        Map<String, String> actorNames =
                world.as(region.coordinator(), () -> actors.names(List.of(a.id(), b.id(), a.id(), " ")));
        assertThat(actorNames).containsExactlyInAnyOrderEntriesOf(Map.of(a.id(), a.name(), b.id(), b.name()));
        assertThat(world.as(region.coordinator(), () -> groups.names(List.of(g.id()))))
                .containsExactly(Map.entry(g.id(), g.name()));
        assertThat(actors.names(List.of())).isEmpty();
    }

    /** Other modules name a sector through the facade, in the reader's language; an unknown code shows as itself. */
    @Test
    void aSectorIsNamedInTheReadersLanguage() {
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("fi"));
            assertThat(actors.sectorLabel("RESCUE")).isEqualTo("Pelastustoimi");
            LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
            assertThat(actors.sectorLabel("RESCUE")).isEqualTo("Räddningsväsendet");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(actors.sectorLabel("RESCUE")).isEqualTo("Rescue services");
            assertThat(actors.sectorLabel("NO_SUCH_SECTOR")).isEqualTo("NO_SUCH_SECTOR");
            assertThat(actors.sectorLabel(null)).isEmpty();
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aPendingActorIsReadOnlyByItsCoordinatorAndRemovedOnlyWhilePending() {
        ActorView pending = world.anActor().in(region).named("Odottava ry").createPending();
        ActorView active = world.anActor().in(region).named("Toimiva ry").create();
        String member = world.userOf(active);
        Region other = world.aRegion();

        assertThat(world.as(member, () -> actors.names(List.of(pending.id(), active.id()))))
                .containsOnlyKeys(active.id());
        assertThat(world.as(other.coordinator(), () -> actors.find(Long.valueOf(pending.id()))))
                .isEmpty();
        assertThat(world.as(region.coordinator(), () -> actors.find(Long.valueOf(pending.id()))))
                .map(ActorView::status)
                .contains("PENDING");

        actors.activate(pending.id());
        assertThat(world.as(member, () -> actors.names(List.of(pending.id())))).containsKey(pending.id());
        actors.removePending(pending.id());
        assertThat(world.as(member, () -> actors.findAll(List.of(Long.valueOf(pending.id())))))
                .extracting(ActorView::id)
                .containsExactly(pending.id());

        ActorView rejected = world.anActor().in(region).named("Hylätty ry").createPending();
        actors.removePending(rejected.id());
        assertThat(world.as(region.coordinator(), () -> actors.find(Long.valueOf(rejected.id()))))
                .isEmpty();
    }

    @Test
    void theReadViewsHoldTheTreeTheRegionAndTheStatus() {
        ActorView pending =
                world.anActor().in(region).named("Näkymäyhdistys ry").createPending();
        Map<String, Object> area = jdbc.sql("SELECT * FROM network.v_area WHERE code = ?")
                .param(region.municipalityCode())
                .query()
                .singleRow();
        assertThat(area)
                .containsEntry("type", "MUNICIPALITY")
                .containsEntry("region_id", Long.valueOf(region.id()))
                .containsEntry("path", "/FI/" + region.code() + "/" + region.municipalityCode() + "/");
        Map<String, Object> actor = jdbc.sql("SELECT * FROM network.v_actor WHERE id = ?")
                .param(Long.valueOf(pending.id()))
                .query()
                .singleRow();
        assertThat(actor)
                .containsEntry("status", "PENDING")
                .containsEntry("home_area_code", region.municipalityCode())
                .containsEntry("region_id", Long.valueOf(region.id()))
                .doesNotContainKeys("email", "phone", "website");
    }

    @Test
    void aRenamedAreaIsSeenAtOnceByTheApiTheFacadeAndTheView() throws Exception {
        String path = "/api/v1/areas/" + region.municipalityId();
        String body = mvc.perform(get(region.coordinator(), path))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String renamed = "Uusikunta " + NetworkTestData.next();
        mvc.perform(put(
                        region.coordinator(),
                        path,
                        body.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"" + renamed + "\"")))
                .andExpect(status().isOk());
        mvc.perform(get(region.coordinator(), path))
                .andExpect(jsonPath("$.name").value(renamed));
        assertThat(areas.find(Long.valueOf(region.municipalityId())))
                .map(AreaView::name)
                .contains(renamed);
        assertThat(jdbc.sql("SELECT name_fi FROM network.v_area WHERE id = ?")
                        .param(Long.valueOf(region.municipalityId()))
                        .query(String.class)
                        .single())
                .isEqualTo(renamed);
        // another region's coordinator may not rename it
        Region other = world.aRegion();
        mvc.perform(put(other.coordinator(), path, body)).andExpect(status().isForbidden());
    }
}
