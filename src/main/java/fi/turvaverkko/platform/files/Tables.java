package fi.turvaverkko.platform.files;

import fi.turvaverkko.platform.TableWriter;
import fi.turvaverkko.platform.TabularData;
import fi.turvaverkko.platform.TabularFormat;
import java.io.IOException;
import java.io.OutputStream;

/** The entry to the table writers and readers of this package. */
public final class Tables {

    private Tables() {}

    public static TableWriter writer(TabularFormat format, OutputStream out, String sheetName) throws IOException {
        return format == TabularFormat.XLSX ? new XlsxTableWriter(out, sheetName) : new CsvTableWriter(out);
    }

    public static TabularData read(byte[] content) {
        return TableReaders.read(content);
    }
}
