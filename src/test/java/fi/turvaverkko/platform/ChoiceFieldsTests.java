package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A choice of several values is a list of checkboxes (fragments/choices :: checkboxes), never a
 * select that needs Ctrl-click and that a phone shows as a cramped wheel.
 */
class ChoiceFieldsTests {

    @Test
    void noTemplateHasASelectOfSeveralValues() throws IOException {
        Pattern select = Pattern.compile("<select\\b[^>]*\\bmultiple\\b", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".html")).toList()) {
                Matcher m = select.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(found).as("selects of several values").isEmpty();
    }
}
