package fi.turvaverkko.resources.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.shared.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks every write of the resources module shares. */
class ValidationTests {

    @Test
    void aTextIsRequiredOnlyWhenAskedAndMeasuredWithoutItsSurroundingSpaces() {
        List<Problem> problems = new ArrayList<>();
        Validation.text(problems, "name", null, true, 5);
        Validation.text(problems, "description", "   ", false, 5);
        Validation.text(problems, "contact247", "  viisi  ", false, 5);
        Validation.text(problems, "title", "kuusi!", false, 5);
        assertThat(problems).extracting(Problem::field).containsExactly("name", "title");
        assertThat(problems).extracting(Problem::messageKey).containsExactly("validation.required", "validation.size");
    }

    @Test
    void aCodeIsOneOfTheAllowedOrNamedInItsProblem() {
        List<Problem> problems = new ArrayList<>();
        Validation.oneOf(problems, "availability", "AVAILABLE", List.of("AVAILABLE", "LIMITED"));
        Validation.oneOf(problems, "availability", "", List.of("AVAILABLE"));
        Validation.oneOf(problems, "kind", "available", List.of("AVAILABLE"));
        assertThat(problems)
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("availability", "validation.required"),
                        org.assertj.core.groups.Tuple.tuple("kind", "error.import.code"));
    }

    @Test
    void aPlaceIsInFinlandWithinItsBoundsAndNeedsBothCoordinates() {
        assertThat(Validation.inFinland(66.5, 25.7)).isTrue(); // Rovaniemi
        assertThat(Validation.inFinland(70.09, 27.9)).isTrue(); // Nuorgam
        assertThat(Validation.inFinland(60.0, 19.9)).isTrue(); // Åland
        assertThat(Validation.inFinland(59.9, 30.3)).isTrue(); // the box's corner
        assertThat(Validation.inFinland(59.2, 25.0)).isFalse(); // Tallinn's side of the gulf
        assertThat(Validation.inFinland(70.3, 25.0)).isFalse();
        assertThat(Validation.inFinland(66.5, 18.9)).isFalse();
        assertThat(Validation.inFinland(66.5, 31.8)).isFalse();
        assertThat(Validation.inFinland(null, 25.7)).isFalse();
        assertThat(Validation.inFinland(66.5, null)).isFalse();
    }

    @Test
    void anEmptyTextIsNoTextAndOthersAreTrimmed() {
        assertThat(Validation.blank(null)).isNull();
        assertThat(Validation.blank(" \t ")).isNull();
        assertThat(Validation.blank("  040 123  ")).isEqualTo("040 123");
    }
}
