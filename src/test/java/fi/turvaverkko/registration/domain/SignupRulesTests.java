package fi.turvaverkko.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.network.AreaView;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a sign-up must be before anything is looked up or counted (ADR 0009): every problem at once,
 * on its field, and nothing about other people.
 */
class SignupRulesTests {

    static final Map<String, AreaView> AREAS = Map.of(
            "FI", area("1", "COUNTRY", "FI"),
            "19", area("2", "REGION", "19"),
            "698", area("3", "MUNICIPALITY", "698"));
    static final Map<Long, Long> REGIONS = Map.of(2L, 2L, 3L, 2L);

    static AreaView area(String id, String type, String code) {
        return new AreaView(
                id, type, code, null, null, null, "Alue " + code, null, null, null, null, null, null, null, 0L);
    }

    static SignupRules.Valid validate(RegistrationCommand c) {
        return SignupRules.validate(c, code -> Optional.ofNullable(AREAS.get(code)), REGIONS::get);
    }

    static RegistrationCommand signup(String sector, String businessId, String area) {
        return new RegistrationCommand(
                "  Kylän Nuoret ry ", sector, businessId, area, " nuoret@example.org ", " kylannuoret ", "salasana123");
    }

    static List<String> fieldsOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::field).toList();
        }
        throw new AssertionError("no problems");
    }

    @Test
    void anAssociationOfAMunicipalityRegistersLocallyInItsRegion() {
        SignupRules.Valid v = validate(signup("NGO", null, "698"));
        assertThat(v.name()).isEqualTo("Kylän Nuoret ry");
        assertThat(v.sector()).isEqualTo("NGO");
        assertThat(v.level()).isEqualTo("LOCAL");
        assertThat(v.area().code()).isEqualTo("698");
        assertThat(v.regionId()).isEqualTo(2L);
        assertThat(v.email()).isEqualTo("nuoret@example.org");
        assertThat(v.username()).isEqualTo("kylannuoret");
        assertThat(v.businessId()).isNull();
    }

    @Test
    void aParishOfARegionIsRegional() {
        assertThat(validate(signup("CHURCH", null, "19")).level()).isEqualTo("REGIONAL");
    }

    @Test
    void aBusinessNamesItsBusinessIdAndAnInvalidOneIsRefused() {
        assertThat(fieldsOf(() -> validate(signup("BUSINESS", null, "698")))).containsExactly("businessId");
        assertThat(fieldsOf(() -> validate(signup("NGO", "1234567-8", "698")))).containsExactly("businessId");
        assertThat(validate(signup("BUSINESS", "0116297-6", "698")).businessId())
                .isEqualTo("0116297-6");
    }

    @Test
    void authoritiesAreAddedByTheCoordinatorAndDoNotSignUp() {
        assertThat(SignupRules.SECTORS).containsExactly("NGO", "CHURCH", "BUSINESS");
        for (String sector : new String[] {"MUNICIPALITY", "STATE_AUTHORITY", "ngo"}) {
            assertThatThrownBy(() -> validate(signup(sector, null, "698")))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .extracting(Problem::field, Problem::messageKey)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("sector", "error.registration.sector")));
        }
    }

    @Test
    void theHomeAreaIsKnownAndWithinARegion() {
        assertThat(fieldsOf(() -> validate(signup("NGO", null, "999")))).containsExactly("homeAreaCode");
        assertThat(fieldsOf(() -> validate(signup("NGO", null, "FI")))).containsExactly("homeAreaCode");
        assertThat(fieldsOf(() -> validate(signup("NGO", null, " ")))).containsExactly("homeAreaCode");
    }

    @Test
    void everyMissingOrMalformedFieldIsNamedAtOnce() {
        RegistrationCommand empty = new RegistrationCommand(" ", null, null, null, null, null, null);
        assertThat(fieldsOf(() -> validate(empty)))
                .containsExactly("organisationName", "sector", "homeAreaCode", "email", "username", "password");
        RegistrationCommand bad =
                new RegistrationCommand("x".repeat(201), "NGO", null, "698", "ei-osoite", "Iso Kirjain", "lyhyt");
        assertThat(fieldsOf(() -> validate(bad))).containsExactly("organisationName", "email", "username", "password");
        assertThatThrownBy(() -> validate(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aPasswordIsLongEnoughButNotEndless() {
        RegistrationCommand c = signup("NGO", null, "698");
        String shortest = "a".repeat(SignupRules.MIN_PASSWORD);
        assertThat(validate(withPassword(c, shortest))).isNotNull();
        assertThat(fieldsOf(() -> validate(withPassword(c, shortest.substring(1)))))
                .containsExactly("password");
        assertThat(fieldsOf(() -> validate(withPassword(c, "a".repeat(201))))).containsExactly("password");
    }

    static RegistrationCommand withPassword(RegistrationCommand c, String password) {
        return new RegistrationCommand(
                c.organisationName(), c.sector(), c.businessId(), c.homeAreaCode(), c.email(), c.username(), password);
    }
}
