package fi.turvaverkko.shared;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paging and sorting asked for by a caller: {@code page} from 0, {@code size} 1–1000 (20 by default),
 * {@code sort=field,asc|desc} limited to the fields a list allows.
 */
public record PageParams(int page, int size, String sortField, boolean ascending) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 1000;

    /** {@code field} or {@code field,asc|desc}; anything else ({@code ","}, {@code "a,b,c"}) is refused. */
    private static final Pattern SORT =
            Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_.]{0,59})\\s*(?:,\\s*((?i:asc|desc))\\s*)?");

    public static PageParams of(Integer page, Integer size, String sort) {
        List<Problem> problems = new java.util.ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            problems.add(Problem.field("page", "error.page.number"));
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add(Problem.field("size", "error.page.size", MAX_SIZE));
        }
        InvalidInputException.throwIfAny(problems);
        String field = null;
        boolean asc = true;
        if (sort != null && !sort.isBlank()) {
            Matcher m = SORT.matcher(sort);
            if (!m.matches()) {
                throw new InvalidInputException("sort", "error.page.sortFormat");
            }
            field = m.group(1);
            asc = m.group(2) == null || m.group(2).equalsIgnoreCase("asc");
        }
        return new PageParams(p, s, field, asc);
    }

    public static PageParams first(int size) {
        return new PageParams(0, size, null, true);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * The ORDER BY clause for this request: the asked field mapped to its SQL expression, or the
     * default. An unknown field is refused, so no text from the caller ever reaches the SQL.
     */
    public String orderBy(Map<String, String> allowed, String defaultOrder) {
        if (sortField == null) {
            return " ORDER BY " + defaultOrder;
        }
        String expr = allowed.get(sortField);
        if (expr == null) {
            throw new InvalidInputException("sort", "error.page.sort", sortField);
        }
        return " ORDER BY " + expr + (ascending ? " ASC" : " DESC") + ", " + defaultOrder;
    }

    /** The query string part that reproduces this sort, for page links. */
    public String sortParam() {
        return sortField == null ? "" : sortField + "," + (ascending ? "asc" : "desc");
    }
}
