package fi.turvaverkko.network.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class MunicipalityCsvTests {

    @Test
    void readsTheShippedListOfLaplandsMunicipalities() throws IOException {
        List<DemoMunicipality> rows;
        try (Reader r = new InputStreamReader(
                new ClassPathResource(NetworkDemoData.MUNICIPALITIES_CSV).getInputStream(), StandardCharsets.UTF_8)) {
            rows = MunicipalityCsv.parse(r);
        }

        assertThat(rows).hasSize(21);
        assertThat(rows.get(0).code()).as("codes keep their leading zeros").isEqualTo("047");
        assertThat(rows)
                .extracting(DemoMunicipality::subregion)
                .containsOnly(
                        "Rovaniemi", "Kemi-Tornio", "Torniolaakso", "Itä-Lappi", "Tunturi-Lappi", "Pohjois-Lappi");
        // the README says the partly rounded rows add up to this
        assertThat(rows.stream().mapToInt(DemoMunicipality::population).sum()).isEqualTo(175_525);
    }

    @Test
    void anEmptyNameIsNoName() {
        List<DemoMunicipality> rows = MunicipalityCsv.parse(new StringReader("""
                code,name_fi,name_sv,name_se,subregion,lat,lon,population,population_exact
                851,Tornio,Torneå,Duortnus,Kemi-Tornio,65.849,24.147,21000,false
                241,Keminmaa,Keminmaa,,Kemi-Tornio,65.802,24.543,7691,true
                """));

        assertThat(rows.get(0))
                .isEqualTo(new DemoMunicipality(
                        "851", "Tornio", "Torneå", "Duortnus", "Kemi-Tornio", 65.849, 24.147, 21000, false));
        assertThat(rows.get(1).nameSe()).isNull();
        assertThat(rows.get(1).populationExact()).isTrue();
    }
}
