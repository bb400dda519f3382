package fi.turvaverkko.platform;

import fi.turvaverkko.platform.files.Tables;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The one way to write and read tables: exports as CSV or XLSX with the API's field names as
 * headers, imports from either (recognised by content), with their columns checked before any row.
 */
@Component
public class TabularFiles {

    /** The largest import accepted. */
    public static final DataSize MAX_IMPORT = DataSize.ofMegabytes(25);

    public TableWriter writer(TabularFormat format, OutputStream out, String sheetName) throws IOException {
        return Tables.writer(format, out, sheetName);
    }

    /**
     * Reads an upload and checks its header: every required column must be there and no column may
     * be unknown; otherwise the file is refused naming the columns.
     */
    public TabularData read(byte[] content, List<String> required, List<String> optional) {
        if (content.length > MAX_IMPORT.toBytes()) {
            throw new DomainException(413, "error.fileTooLarge.limit", MAX_IMPORT.toMegabytes());
        }
        TabularData data = Tables.read(content);
        List<Problem> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        for (String column : data.columns()) {
            if (!column.isEmpty() && !known.contains(column)) {
                problems.add(Problem.cell(1, column, "error.import.unknownColumn", column));
            }
        }
        for (String column : required) {
            if (!data.columns().contains(column)) {
                problems.add(Problem.cell(1, column, "error.import.missingColumn", column));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return data;
    }
}
