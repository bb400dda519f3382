package fi.turvaverkko.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The allow-lists only shrink: an unknown finding fails, a fixed one must leave the list. */
class AllowListTests {

    @Test
    void aFindingNotOnTheListFailsWithWhereItIs() {
        AllowList list = write("t-unknown", "# a comment", "", "a: known");
        assertThatThrownBy(() -> list.check(Map.of("a: known", List.of(), "b: new", List.of("B.java:7")), "rule"))
                .hasMessageContaining("1 finding(s)")
                .hasMessageContaining("b: new")
                .hasMessageContaining("B.java:7")
                .hasMessageNotContaining("a: known");
    }

    @Test
    void aLineNoLongerFoundFailsUntilItIsRemoved() {
        AllowList list = write("t-stale", "a: known", "b: fixed");
        assertThatThrownBy(() -> list.check(Map.of("a: known", List.of()), "rule"))
                .hasMessageContaining("no longer found")
                .hasMessageContaining("b: fixed");
    }

    @Test
    void theSameFindingsPass() {
        AllowList list = write("t-same", "# --- a", "a: known");
        list.check(Map.of("a: known", List.of()), "rule");
        assertThat(list.entries()).containsExactly("a: known");
    }

    @Test
    void pruningDropsTheHeadingOfAnEmptiedModule() {
        assertThat(AllowList.withoutEmptySections(
                        List.of("# header", "", "# --- a", "a: one", "", "# --- b", "", "# --- c", "c: two", "")))
                .containsExactly("# header", "", "# --- a", "a: one", "", "# --- c", "c: two");
    }

    private static AllowList write(String name, String... lines) {
        Path file = Path.of("target/allow-list-tests", name + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return AllowList.read(file);
    }
}
