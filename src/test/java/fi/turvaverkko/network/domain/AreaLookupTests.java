package fi.turvaverkko.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.network.NetworkTestData;
import fi.turvaverkko.network.NetworkTestData.Region;
import fi.turvaverkko.support.IntegrationTest;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Areas are read without a cache between requests: within one web request all of them once, so a
 * page reads the same tree throughout; the next request, on any node, reads them again. A change made
 * through the network within the request is seen at once. Another node's change is made here in SQL.
 */
@IntegrationTest
class AreaLookupTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    AreaLookup lookup;

    @Autowired
    JdbcClient jdbc;

    Region region;

    @BeforeEach
    void world() {
        region = new NetworkTestData(context).aRegion();
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    /** Runs the work as one web request. */
    <T> T inOneRequest(Supplier<T> work) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        try {
            return work.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    /** Another node renames the municipality. */
    void renamedElsewhere(String name) {
        jdbc.sql("UPDATE network.area SET name_fi = ? WHERE code = ?")
                .params(name, region.municipalityCode())
                .update();
    }

    String name() {
        return lookup.byCode(region.municipalityCode())
                .map(r -> r.view().name())
                .orElseThrow();
    }

    @Test
    void outsideARequestEveryLookupReadsTheDatabase() {
        renamedElsewhere("Ensimmäinen nimi");
        assertThat(name()).isEqualTo("Ensimmäinen nimi");
        renamedElsewhere("Toinen nimi");
        assertThat(name()).isEqualTo("Toinen nimi");
        assertThat(lookup.byId(Long.valueOf(region.municipalityId()))
                        .map(r -> r.view().code()))
                .contains(region.municipalityCode());
        assertThat(lookup.byCode(" ")).isEmpty();
        assertThat(lookup.byId(null)).isEmpty();
    }

    @Test
    void aRequestReadsTheTreeOnceAndTheNextRequestReadsItAgain() {
        renamedElsewhere("Pyynnön alussa");
        String[] seen = inOneRequest(() -> {
            String first = name();
            renamedElsewhere("Toisessa solmussa");
            return new String[] {first, name()};
        });
        assertThat(seen).containsExactly("Pyynnön alussa", "Pyynnön alussa");
        assertThat(inOneRequest(this::name)).isEqualTo("Toisessa solmussa");
    }

    @Test
    void aChangeMadeInTheRequestIsSeenAtOnce() {
        String seen = inOneRequest(() -> {
            name();
            renamedElsewhere("Muutettu tässä pyynnössä");
            lookup.changed();
            return name();
        });
        assertThat(seen).isEqualTo("Muutettu tässä pyynnössä");
    }

    @Test
    void theRegionOfAnAreaIsItsOwnForARegionAndNoneForTheCountry() {
        Long municipality = Long.valueOf(region.municipalityId());
        Long own = Long.valueOf(region.id());
        assertThat(inOneRequest(() -> lookup.regionOf(municipality))).isEqualTo(own);
        assertThat(lookup.regionOf(own)).isEqualTo(own);
        AreaView country = lookup.byCode("FI").orElseThrow().view();
        assertThat(lookup.regionOf(Long.valueOf(country.id()))).isNull();
        assertThat(lookup.regionOf(null)).isNull();
    }
}
