package fi.turvaverkko.network.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether a row of the network is still referred to by a row that would stop its deletion: any
 * foreign key onto the table that neither cascades nor sets null, in this module or in a module that
 * builds on it. Read from the database's own catalogue, so that a page offers "delete" only when the
 * delete can succeed, without the network knowing the other modules' tables.
 */
@Repository
class References {

    private final JdbcClient jdbc;

    References(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Reference(String table, String column) {}

    /** Is the row {@code id} of {@code table} (e.g. {@code network.actor}) referred to by a restricting key? */
    boolean isReferenced(String table, long id) {
        for (Reference r : restricting(table)) {
            // the names come from the catalogue, quoted by it
            boolean found = jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + r.table() + " WHERE " + r.column() + " = ?)")
                    .param(id)
                    .query(Boolean.class)
                    .single();
            if (found) {
                return true;
            }
        }
        return false;
    }

    private List<Reference> restricting(String table) {
        return jdbc.sql("""
                        SELECT c.conrelid::regclass::text AS tbl, quote_ident(a.attname) AS col
                          FROM pg_constraint c
                          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                         WHERE c.contype = 'f' AND c.confrelid = ?::regclass
                           AND cardinality(c.conkey) = 1 AND c.confdeltype IN ('a', 'r')
                         ORDER BY 1, 2""")
                .param(table)
                .query((rs, n) -> new Reference(rs.getString("tbl"), rs.getString("col")))
                .list();
    }
}
