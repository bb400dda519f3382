package fi.turvaverkko.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.indicators.IndicatorTestData.IndicatorRef;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Indicator values in a world of the test's own: their areas named, and gone with their area. */
@IntegrationTest
class IndicatorWorldTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long values(String areaId) {
        return jdbc.sql("SELECT count(*) FROM indicators.indicator_value WHERE area_id = ?")
                .param(Long.parseLong(areaId))
                .query(Long.class)
                .single();
    }

    @Test
    void valuesNameTheirAreaAndGoAfterTheAreaIsDeleted() throws Exception {
        World world = World.of(mvc);
        World.Region region = world.region();
        World.Area town = world.municipality(region);
        World.Area other = world.municipality(region);
        IndicatorTestData data = new IndicatorTestData(mvc);
        IndicatorRef crimes = data.anIndicator().by(region.coordinator()).create();
        data.value(crimes, town, 2023, "4.5");
        data.value(crimes, town, 2024, "3.5");
        data.value(crimes, other, 2024, "7");

        mvc.perform(get("/api/v1/indicator-values?indicator=" + crimes.code() + "&within=" + region.code()
                                + "&sort=year,desc")
                        .with(region.coordinator().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(3))
                .andExpect(jsonPath("$.content[?(@.year == 2023)].areaCode").value(town.code()));

        mvc.perform(delete("/api/v1/areas/" + town.id())
                        .with(region.coordinator().basic()))
                .andExpect(status().isNoContent());
        // the values go after the deletion commits, when the indicators module hears of it
        long deadline = System.currentTimeMillis() + 20_000;
        while (values(town.id()) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(values(town.id())).isZero();
        assertThat(values(other.id())).isEqualTo(1);
    }
}
