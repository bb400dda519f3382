package fi.turvaverkko.planning;

import fi.turvaverkko.shared.SqlFilter;
import java.util.Map;

/**
 * The programmes whose items a reader sees, as a SQL condition on a column that holds a programme id
 * (a measure's {@code m.programme_id}): the programmes module writes the condition, so the rules of
 * who reads a restricted plan stay in one place and are asked of the database in the same query as
 * the list, never remembered between requests.
 *
 * @param template the condition with {@code %1$s} where the column goes; null lets every programme through
 * @param params the condition's named parameters
 */
public record ProgrammeScope(String template, Map<String, Object> params) {

    /** Every programme: for readers who may read every plan. */
    public static final ProgrammeScope ALL = new ProgrammeScope(null, Map.of());

    /** The condition on the column, or null when every programme is in scope. */
    public String on(String column) {
        return template == null ? null : template.formatted(column);
    }

    /** Adds the condition on the column to a list's filter. */
    public SqlFilter applyTo(SqlFilter filter, String column) {
        if (template != null) {
            filter.and(on(column));
            params.forEach(filter::param);
        }
        return filter;
    }
}
