package fi.turvaverkko.platform;

import fi.turvaverkko.shared.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads typed values from one row of an import and collects a problem for every bad cell, naming
 * its row and column, so that one pass reports every error of a file.
 */
public final class RowValues {

    private final TabularData.Row row;
    private final List<Problem> problems;

    public RowValues(TabularData.Row row, List<Problem> problems) {
        this.row = row;
        this.problems = problems;
    }

    public int number() {
        return row.number();
    }

    /** The problems of the whole import, to which this row adds its own. */
    public List<Problem> problems() {
        return problems;
    }

    public void problem(String column, String messageKey, Object... args) {
        problems.add(Problem.cell(row.number(), column, messageKey, args));
    }

    public String text(String column, boolean required, int maxLength) {
        String v = row.get(column);
        if (v == null || v.isBlank()) {
            if (required) {
                problem(column, "validation.required");
            }
            return null;
        }
        v = v.trim();
        if (v.length() > maxLength) {
            problem(column, "validation.size", maxLength, 0);
            return null;
        }
        return v;
    }

    /** A date as {@code yyyy-mm-dd} or {@code d.M.yyyy}. */
    public LocalDate date(String column, boolean required) {
        String v = text(column, required, 20);
        if (v == null) {
            return null;
        }
        LocalDate d = TimeFormat.parseDate(v);
        if (d == null) {
            problem(column, "error.import.date", v);
        }
        return d;
    }

    /** A decimal number with a comma or a point, spaces as thousand separators allowed. */
    public BigDecimal decimal(String column, boolean required) {
        String v = text(column, required, 40);
        if (v == null) {
            return null;
        }
        String n = v.replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            problem(column, "error.import.number", v);
            return null;
        }
    }

    public Integer integer(String column, boolean required) {
        BigDecimal d = decimal(column, required);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            problem(column, "error.import.integer", row.get(column));
            return null;
        }
    }

    public Boolean bool(String column, boolean required) {
        String v = text(column, required, 10);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase()) {
            case "true", "1", "kyllä", "ja", "yes", "x" -> true;
            case "false", "0", "ei", "nej", "no" -> false;
            default -> {
                problem(column, "error.import.boolean", v);
                yield null;
            }
        };
    }

    /** A code that must be one of the allowed ones. */
    public String code(String column, boolean required, Collection<String> allowed) {
        String v = text(column, required, 60);
        if (v != null && !allowed.contains(v)) {
            problem(column, "error.import.code", v);
            return null;
        }
        return v;
    }

    /** Several codes separated by {@code |} or {@code ,}. */
    public List<String> codes(String column, Collection<String> allowed) {
        String v = text(column, false, 2000);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        for (String part : v.split("[|,]")) {
            String code = part.trim();
            if (code.isEmpty()) {
                continue;
            }
            if (allowed != null && !allowed.contains(code)) {
                problem(column, "error.import.code", code);
            } else {
                out.add(code);
            }
        }
        return out;
    }
}
