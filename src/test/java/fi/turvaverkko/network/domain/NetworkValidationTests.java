package fi.turvaverkko.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks the network's items share: lengths, e-mail, web address, phone, terms and ids. */
class NetworkValidationTests {

    static List<Problem> check(java.util.function.Consumer<List<Problem>> c) {
        List<Problem> problems = new ArrayList<>();
        c.accept(problems);
        return problems;
    }

    @Test
    void aRequiredTextIsThereAndNoTextIsOverItsLimit() {
        assertThat(check(p -> NetworkValidation.name(p, "name", " ", true)))
                .extracting(Problem::messageKey)
                .containsExactly("validation.required");
        assertThat(check(p -> NetworkValidation.name(p, "nameSv", null, false))).isEmpty();
        assertThat(check(p -> NetworkValidation.name(p, "name", "x".repeat(NetworkValidation.NAME), true)))
                .isEmpty();
        List<Problem> long_ = check(p -> NetworkValidation.text(p, "mandate", " " + "x".repeat(11) + " ", false, 10));
        assertThat(long_)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mandate", "validation.size"));
        // the limit counts the text without the blanks around it
        assertThat(check(p -> NetworkValidation.text(p, "mandate", "  " + "x".repeat(10) + "  ", false, 10)))
                .isEmpty();
    }

    @Test
    void anEmailAddressHasOneAtAndADomain() {
        for (String ok : new String[] {null, "", "kirjaamo@lapinliitto.fi", " info@kylä.fi "}) {
            assertThat(check(p -> NetworkValidation.email(p, "email", ok)))
                    .as(String.valueOf(ok))
                    .isEmpty();
        }
        for (String bad : new String[] {"kirjaamo", "a@b", "a b@c.fi", "a@@c.fi", "x".repeat(195) + "@ab.fi"}) {
            assertThat(check(p -> NetworkValidation.email(p, "email", bad)))
                    .as(bad)
                    .extracting(Problem::messageKey)
                    .containsExactly("validation.email");
        }
    }

    @Test
    void aWebAddressIsHttpOrHttps() {
        assertThat(check(p -> NetworkValidation.website(p, "website", "https://www.rovaniemi.fi")))
                .isEmpty();
        assertThat(check(p -> NetworkValidation.website(p, "website", "http://kyla.fi/sivu")))
                .isEmpty();
        for (String bad : new String[] {"www.rovaniemi.fi", "ftp://x.fi", "https://localhost", "javascript:alert(1)"}) {
            assertThat(check(p -> NetworkValidation.website(p, "website", bad)))
                    .as(bad)
                    .extracting(Problem::messageKey)
                    .containsExactly("error.website");
        }
    }

    @Test
    void aPhoneNumberIsDigitsWithTheUsualMarks() {
        for (String ok : new String[] {"+358 40 123 4567", "016 322 2000", "(016) 322-2000"}) {
            assertThat(check(p -> NetworkValidation.phone(p, "phone", ok)))
                    .as(ok)
                    .isEmpty();
        }
        for (String bad : new String[] {"1234", "soita minulle", "+358 40 123 4567 8901 2345 6789 01"}) {
            assertThat(check(p -> NetworkValidation.phone(p, "phone", bad)))
                    .as(bad)
                    .extracting(Problem::messageKey)
                    .containsExactly("error.phone");
        }
    }

    @Test
    void aTermDoesNotEndBeforeItStarts() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        assertThat(check(p -> NetworkValidation.term(p, start, start))).isEmpty();
        assertThat(check(p -> NetworkValidation.term(p, start, null))).isEmpty();
        assertThat(check(p -> NetworkValidation.term(p, start, start.minusDays(1))))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("termEnd", "error.term.endBeforeStart"));
    }

    @Test
    void idsAreDigitsAndAnythingElseNamesNothing() {
        assertThat(NetworkValidation.ids(Arrays.asList("12", " 7 ", "x", null, "12", "-3", "9".repeat(19))))
                .containsExactly(12L, 7L);
        assertThat(NetworkValidation.idOrNone(null)).isNull();
        assertThat(NetworkValidation.idOrNone(" ")).isNull();
        assertThat(NetworkValidation.idOrNone("42")).isEqualTo(42L);
        assertThat(NetworkValidation.idOrNone("neljäkaksi")).isEqualTo(-1L);
        assertThat(NetworkValidation.blank("  ")).isNull();
        assertThat(NetworkValidation.blank(" Rovaniemi ")).isEqualTo("Rovaniemi");
    }
}
