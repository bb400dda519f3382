package fi.turvaverkko.platform;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row, streaming, as CSV (UTF-8 with a BOM, {@code ;} between fields, decimal
 * comma) or XLSX; the header row holds the API's field names. Values may be strings, numbers,
 * booleans, dates or null.
 */
public interface TableWriter extends Closeable {

    void header(List<String> columns) throws IOException;

    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;
}
