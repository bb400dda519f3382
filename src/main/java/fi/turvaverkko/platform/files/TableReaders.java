package fi.turvaverkko.platform.files;

import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.attachment.FileTypes;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded table: XLSX or CSV recognised by content, CSV with {@code ;} or {@code ,}, with
 * or without a BOM; anything else is refused as a wrong file type.
 */
final class TableReaders {

    private TableReaders() {}

    static TabularData read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "error.file.empty");
        }
        if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            String type = FileTypes.detect(content);
            if (!"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".equals(type)) {
                throw new DomainException(415, "error.import.fileType");
            }
            return xlsx(content);
        }
        if (!FileTypes.isText(content)) {
            throw new DomainException(415, "error.import.fileType");
        }
        return csv(new String(content, StandardCharsets.UTF_8));
    }

    static TabularData csv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int lineEnd = text.indexOf('\n');
        String first = lineEnd < 0 ? text : text.substring(0, lineEnd);
        char separator = count(first, ';') >= count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns = null;
            List<TabularData.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (String h : record) {
                        columns.add(h.trim());
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < columns.size(); i++) {
                    String v = record.get(i);
                    if (v != null && !v.isBlank()) {
                        cells.put(columns.get(i), unescape(v.trim()));
                    }
                }
                if (!cells.isEmpty()) {
                    // the header is line 1; a person counts rows the way the spreadsheet shows them
                    rows.add(new TabularData.Row((int) record.getRecordNumber(), cells));
                }
            }
            if (columns == null) {
                throw new InvalidInputException("file", "error.file.empty");
            }
            return new TabularData(columns, rows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new InvalidInputException("file", "error.import.unreadable");
        }
    }

    /** Takes back the apostrophe the CSV writer put before a value that looks like a formula. */
    private static String unescape(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    static TabularData xlsx(byte[] content) {
        try (ReadableWorkbook wb =
                        new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
                Stream<Row> stream = wb.getFirstSheet().openStream()) {
            List<String> columns = null;
            List<TabularData.Row> rows = new ArrayList<>();
            for (Row r : (Iterable<Row>) stream::iterator) {
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        Cell c = r.getCell(i);
                        columns.add(c == null ? "" : c.getText().trim());
                    }
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < r.getCellCount() && i < columns.size(); i++) {
                    String v = text(r.getCell(i));
                    if (v != null && !v.isBlank()) {
                        cells.put(columns.get(i), v.trim());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new TabularData.Row(r.getRowNum(), cells));
                }
            }
            if (columns == null) {
                throw new InvalidInputException("file", "error.file.empty");
            }
            return new TabularData(columns, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new InvalidInputException("file", "error.import.unreadable");
        }
    }

    /** A cell as text: dates as yyyy-mm-dd, numbers without exponent, the rest as shown. */
    private static String text(Cell c) {
        if (c == null || c.getType() == CellType.EMPTY) {
            return null;
        }
        if (c.getType() == CellType.NUMBER) {
            String format = c.getDataFormatString();
            if (format != null && format.contains("y") && format.contains("d")) {
                return c.asDate().toLocalDate().toString();
            }
            BigDecimal n = c.asNumber();
            return n.stripTrailingZeros().toPlainString();
        }
        return c.getText();
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
