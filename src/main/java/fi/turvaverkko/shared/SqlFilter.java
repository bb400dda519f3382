package fi.turvaverkko.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the WHERE clause of a filtered list from the filters a caller gave, with named
 * parameters only, and runs the page and count queries. Every paged list goes through here.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public static SqlFilter create() {
        return new SqlFilter();
    }

    /** Adds the condition when the value is given (not null, not blank, not empty). */
    public SqlFilter and(String condition, String param, Object value) {
        if (value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            return this;
        }
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    /** Adds a condition that needs no parameter, or whose parameters are set with {@link #param}. */
    public SqlFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlFilter param(String name, Object value) {
        params.put(name, value);
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public Map<String, Object> params() {
        return params;
    }

    /**
     * Runs {@code select + where + order + limit} and {@code count + where}; {@code select} and
     * {@code count} end where the WHERE clause would start.
     */
    public <T> PageResult<T> page(
            JdbcClient jdbc,
            String select,
            String count,
            PageParams paging,
            Map<String, String> sortable,
            String defaultOrder,
            org.springframework.jdbc.core.RowMapper<T> mapper) {
        String where = where();
        String sql = select + where + paging.orderBy(sortable, defaultOrder) + " LIMIT :_limit OFFSET :_offset";
        List<T> rows = jdbc.sql(sql)
                .params(params)
                .param("_limit", paging.size())
                .param("_offset", paging.offset())
                .query(mapper)
                .list();
        long total;
        if (paging.page() == 0 && rows.size() < paging.size()) {
            total = rows.size();
        } else {
            total = jdbc.sql(count + where).params(params).query(Long.class).single();
        }
        return PageResult.of(rows, paging, total);
    }
}
