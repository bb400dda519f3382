package fi.turvaverkko.platform;

import java.util.List;
import java.util.Map;

/**
 * An uploaded table as read: its header (column names as in the file, trimmed) and its rows, each
 * with the row number a person sees in Excel (the header is row 1).
 */
public record TabularData(List<String> columns, List<Row> rows) {

    /** One data row: its number and its cells by column name (blank cells are absent). */
    public record Row(int number, Map<String, String> cells) {

        public String get(String column) {
            return cells.get(column);
        }
    }
}
