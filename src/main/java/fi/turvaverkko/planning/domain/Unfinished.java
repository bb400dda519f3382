package fi.turvaverkko.planning.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sections of a report's text that still hold one of the draft's instructions: a line that
 * is the instruction, or starts as it does (its words up to the first comma, at least two words).
 */
final class Unfinished {

    private Unfinished() {}

    /** The headings of those sections, each once, in order; {@code untitled} for text before any heading. */
    static List<String> sections(String body, List<String> hints, String untitled) {
        List<String> found = new ArrayList<>();
        String heading = null;
        for (String raw : body == null ? new String[0] : body.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                heading = line.substring(3).strip();
            } else if (!line.isEmpty()
                    && hints.stream().anyMatch(h -> line.contains(h) || line.startsWith(opening(h)))) {
                String name = heading == null ? untitled : heading;
                if (!found.contains(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    /** The words an instruction opens with, up to its first comma (at least its first two words). */
    static String opening(String hint) {
        int comma = hint.indexOf(',');
        if (comma > 0) {
            return hint.substring(0, comma);
        }
        String[] words = hint.split("\\s+");
        return words.length < 2 ? hint : words[0] + " " + words[1];
    }
}
