package fi.turvaverkko.network.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.network.BusinessId;
import org.junit.jupiter.api.Test;

class MunicipalNamesTests {

    private static MunicipalNames names(String code, String fi, String sv) {
        return MunicipalNames.of(new DemoMunicipality(code, fi, sv, null, "Rovaniemi", 66.0, 25.0, 1000, true));
    }

    @Test
    void aCityHasCityBodies() {
        MunicipalNames rovaniemi = names("698", "Rovaniemi", "Rovaniemi");

        assertThat(rovaniemi.actor()).isEqualTo("Rovaniemen kaupunki");
        assertThat(rovaniemi.actorSv()).isEqualTo("Rovaniemi stad");
        assertThat(rovaniemi.council()).isEqualTo("Rovaniemen kaupunginvaltuusto");
        assertThat(rovaniemi.councilSv()).isEqualTo("Rovaniemi stadsfullmäktige");
        assertThat(rovaniemi.board()).isEqualTo("Rovaniemen kaupunginhallitus");
        assertThat(rovaniemi.managementGroup()).isEqualTo("Rovaniemen kaupungin johtoryhmä");
        assertThat(rovaniemi.managementGroupSv()).isEqualTo("Rovaniemi stads ledningsgrupp");
        assertThat(rovaniemi.wellbeingSafetyGroup()).isEqualTo("Rovaniemen hyvinvointi- ja turvallisuustyöryhmä");
        assertThat(rovaniemi.committee("sivistyslautakunta")).isEqualTo("Rovaniemen sivistyslautakunta");
        assertThat(rovaniemi.committeeSv("Bildningsnämnden")).isEqualTo("Bildningsnämnden i Rovaniemi");
    }

    @Test
    void aMunicipalityHasMunicipalBodiesWithTheRightGenitive() {
        MunicipalNames enontekio = names("047", "Enontekiö", "Enontekis");
        MunicipalNames utsjoki = names("890", "Utsjoki", "Utsjoki");
        MunicipalNames ylitornio = names("976", "Ylitornio", "Övertorneå");

        assertThat(enontekio.actor()).isEqualTo("Enontekiön kunta");
        assertThat(enontekio.actorSv()).isEqualTo("Enontekis kommun");
        assertThat(enontekio.council()).isEqualTo("Enontekiön kunnanvaltuusto");
        assertThat(enontekio.boardSv()).isEqualTo("Enontekis kommunstyrelse");
        assertThat(enontekio.managementGroupSv()).isEqualTo("Enontekis kommuns ledningsgrupp");
        assertThat(utsjoki.board()).isEqualTo("Utsjoen kunnanhallitus");
        assertThat(ylitornio.actorSv()).isEqualTo("Övertorneå kommun");
        assertThat(names("851", "Tornio", "Torneå").actorSv()).isEqualTo("Torneå stad");
    }

    @Test
    void aMunicipalityOutsideTheListIsRefused() {
        assertThatThrownBy(() -> names("091", "Helsinki", "Helsingfors")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFictionalBusinessIdsPassTheCheckDigitTest() {
        assertThat(NetworkDemoData.fictionalBusinessId("9990001")).isEqualTo("9990001-6");
        assertThat(BusinessId.isValid(NetworkDemoData.fictionalBusinessId("9990002")))
                .isTrue();
        assertThat(BusinessId.isValid(NetworkDemoData.fictionalBusinessId("9990003")))
                .isTrue();
    }
}
