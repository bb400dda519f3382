package fi.turvaverkko.planning.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The light markup of a drafted report: {@code ## } starts a heading, {@code - } a list item, a blank
 * line a new paragraph. Pages and PDFs show it as headings, lists and paragraphs, never as raw HTML.
 */
final class ReportText {

    private ReportText() {}

    /** A heading, a paragraph, or a list of items. */
    record Block(String kind, String text, List<String> items) {}

    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        if (body == null) {
            return blocks;
        }
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (String raw : body.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("## ") || line.isEmpty() || line.startsWith("- ")) {
                if (!paragraph.isEmpty()) {
                    blocks.add(new Block("p", paragraph.toString(), List.of()));
                    paragraph.setLength(0);
                }
            }
            if (!line.startsWith("- ") && !items.isEmpty()) {
                blocks.add(new Block("ul", null, List.copyOf(items)));
                items.clear();
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block("h", line.substring(3).strip(), List.of()));
            } else if (line.startsWith("- ")) {
                items.add(line.substring(2).strip());
            } else if (!line.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new Block("p", paragraph.toString(), List.of()));
        }
        if (!items.isEmpty()) {
            blocks.add(new Block("ul", null, List.copyOf(items)));
        }
        return blocks;
    }
}
