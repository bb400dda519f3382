package fi.turvaverkko.network.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.network.AreaType;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an area must be: a code of capitals and digits, a name, coordinates on the globe, a parent one level up. */
class AreaRulesTests {

    static AreaCommand area(String code, String name, Double lat, Double lon, Integer population) {
        return new AreaCommand(
                "MUNICIPALITY", code, null, "19", name, null, null, null, lat, lon, population, null, null);
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aWellFormedAreaHasNoProblems() {
        assertThat(AreaRules.check(area("698", "Rovaniemi", 66.5, 25.7, 64_000)))
                .isEmpty();
        assertThat(AreaRules.check(area("SK191", "Rovaniemen seutukunta", null, null, null)))
                .isEmpty();
        assertThat(AreaRules.check(area("047", "Enontekiö", -90.0, 180.0, 0))).isEmpty();
    }

    @Test
    void theCodeIsOneToTwelveCapitalsOrDigits() {
        for (String code : new String[] {null, "", "sk191", "SK-191", "ABCDEFGHIJKLM", "Å1"}) {
            assertThat(fields(AreaRules.check(area(code, "Nimi", null, null, null))))
                    .as(String.valueOf(code))
                    .containsExactly("code");
        }
        assertThat(AreaRules.check(area(" 698 ", "Nimi", null, null, null))).isEmpty();
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        List<Problem> problems = AreaRules.check(area("x", " ", 91.0, -181.0, -1));
        assertThat(fields(problems)).containsExactly("code", "name", "lat", "lon", "population");
        assertThat(problems.get(1).messageKey()).isEqualTo("validation.required");
        assertThat(problems.get(2).messageKey()).isEqualTo("error.coordinates");
        assertThat(problems.get(4).messageKey()).isEqualTo("validation.positiveOrZero");
    }

    @Test
    void namesInEveryLanguageHaveTheirLimit() {
        String tooLong = "a".repeat(NetworkValidation.NAME + 1);
        AreaCommand a = new AreaCommand(
                "MUNICIPALITY",
                "698",
                null,
                "19",
                "Rovaniemi",
                tooLong,
                tooLong,
                tooLong,
                null,
                null,
                null,
                null,
                null);
        assertThat(fields(AreaRules.check(a))).containsExactly("nameSv", "nameSe", "nameEn");
    }

    @Test
    void theTypeIsRequiredAndKnown() {
        List<Problem> problems = new ArrayList<>();
        assertThat(AreaRules.type("REGION", problems)).isEqualTo(AreaType.REGION);
        assertThat(problems).isEmpty();
        assertThat(AreaRules.type(" ", problems)).isNull();
        assertThat(AreaRules.type("PARISH", problems)).isNull();
        assertThat(problems).extracting(Problem::messageKey).containsExactly("validation.required", "error.area.type");
        assertThat(AreaRules.type((String) null)).isNull();
    }

    @Test
    void aRegionLiesInTheCountryASubRegionInARegionAMunicipalityInEither() {
        AreaRules.checkParentType(AreaType.REGION, AreaType.COUNTRY);
        AreaRules.checkParentType(AreaType.SUBREGION, AreaType.REGION);
        AreaRules.checkParentType(AreaType.MUNICIPALITY, AreaType.REGION);
        AreaRules.checkParentType(AreaType.MUNICIPALITY, AreaType.SUBREGION);
        AreaType[][] refused = {
            {AreaType.COUNTRY, AreaType.COUNTRY}, {AreaType.REGION, AreaType.REGION},
            {AreaType.SUBREGION, AreaType.COUNTRY}, {AreaType.MUNICIPALITY, AreaType.COUNTRY},
            {AreaType.MUNICIPALITY, AreaType.MUNICIPALITY}, {AreaType.REGION, null}
        };
        for (AreaType[] r : refused) {
            assertThatThrownBy(() -> AreaRules.checkParentType(r[0], r[1]))
                    .as("%s in %s", r[0], r[1])
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .extracting(Problem::field)
                            .containsExactly("parentCode"));
        }
    }
}
