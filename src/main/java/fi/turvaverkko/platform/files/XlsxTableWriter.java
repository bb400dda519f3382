package fi.turvaverkko.platform.files;

import fi.turvaverkko.platform.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX written as a stream: rows are flushed every thousand, so memory stays flat. */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;
    private int columns;

    XlsxTableWriter(OutputStream stream, String sheetName) {
        this.workbook = new Workbook(stream, "Turvaverkko", "1.0");
        this.sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
    }

    @Override
    public void header(List<String> names) throws IOException {
        columns = names.size();
        for (int c = 0; c < names.size(); c++) {
            sheet.value(row, c, names.get(c));
            sheet.style(row, c).bold().set();
        }
        row++;
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal d) {
                sheet.value(row, c, d);
            } else if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v instanceof Boolean b) {
                sheet.value(row, c, b);
            } else if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else {
                // inline, not in the shared-string table, which would keep every distinct text in memory
                sheet.inlineString(row, c, v.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        for (int c = 0; c < columns; c++) {
            sheet.width(c, 20);
        }
        workbook.finish();
    }
}
