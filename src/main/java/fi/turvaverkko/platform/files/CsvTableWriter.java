package fi.turvaverkko.platform.files;

import fi.turvaverkko.platform.TableWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** CSV as Finnish Excel opens it: UTF-8 with a BOM, {@code ;} between fields, decimal comma. */
final class CsvTableWriter implements TableWriter {

    private final BufferedWriter out;

    CsvTableWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
    }

    @Override
    public void header(List<String> columns) throws IOException {
        row(columns);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(Object v) {
        String s;
        if (v == null) {
            return "";
        } else if (v instanceof BigDecimal d) {
            s = d.stripTrailingZeros().toPlainString().replace('.', ',');
        } else if (v instanceof Double || v instanceof Float) {
            s = BigDecimal.valueOf(((Number) v).doubleValue())
                    .stripTrailingZeros()
                    .toPlainString()
                    .replace('.', ',');
        } else if (v instanceof LocalDate d) {
            s = d.toString();
        } else {
            s = v.toString();
        }
        // a leading =, +, - or @ would make Excel run the cell as a formula
        if (!s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0 || (s.startsWith("-") && !s.matches("-[0-9,.]+"))) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
