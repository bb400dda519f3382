package fi.turvaverkko.registration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small checks the kinds of request share when they read what was asked. */
class RequestsTests {

    @Test
    void aTextIsTrimmedRequiredWhereItMustBeAndLimited() {
        List<Problem> problems = new ArrayList<>();
        assertThat(Requests.text(problems, "title", "  Ensiapukurssi  ", true, 200))
                .isEqualTo("Ensiapukurssi");
        assertThat(Requests.text(problems, "message", "  ", false, 200)).isNull();
        assertThat(problems).isEmpty();
        assertThat(Requests.text(problems, "title", null, true, 200)).isNull();
        Requests.text(problems, "description", "x".repeat(11), false, 10);
        assertThat(problems)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("title", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("description", "validation.size"));
        assertThat(problems.get(1).args()).containsExactly(10, 0);
    }

    @Test
    void anIdIsDigitsOnly() {
        assertThat(Requests.id(" 15 ")).contains(15L);
        assertThat(Requests.id("15a")).isEmpty();
        assertThat(Requests.id("-1")).isEmpty();
        assertThat(Requests.id("1".repeat(19))).isEmpty();
        assertThat(Requests.id(null)).isEmpty();
    }

    @Test
    void repeatedAndBlankChoicesAreDroppedInTheirOrder() {
        assertThat(Requests.distinct(Arrays.asList("698", " 047", null, "", "698", "047 ")))
                .containsExactly("698", "047");
        assertThat(Requests.distinct(null)).isEmpty();
        assertThat(Requests.blank(" \t")).isNull();
        assertThat(Requests.blank(" a ")).isEqualTo("a");
    }
}
