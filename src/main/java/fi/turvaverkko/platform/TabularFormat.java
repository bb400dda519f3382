package fi.turvaverkko.platform;

import fi.turvaverkko.shared.InvalidInputException;
import java.util.Locale;

/** The table formats of exports and imports (docs/contract.md): CSV for Finnish Excel, and XLSX. */
public enum TabularFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    TabularFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code xlsx}; anything else is refused with a message naming the parameter. */
    public static TabularFormat of(String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("format", "error.file.format", value);
        }
    }
}
