package fi.turvaverkko.platform.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * After every migration, as the owner that ran it: the application's role may read and write the
 * rows of every module's tables and use their sequences, but not the migration history; the audit
 * schema's tables belong to {@link DatabaseRoles#AUDIT}, and there the application may only add and
 * read (ADR 0022). Nothing is granted when the application connects as the owner itself (an external
 * database set up with one role).
 */
@Component
class DatabaseGrants implements Callback {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGrants.class);
    static final String AUDIT_SCHEMA = "audit";

    private final ObjectProvider<DataSource> dataSource;
    private volatile String appRole;

    DatabaseGrants(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection(), appRole());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's rights after a migration", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "turvaverkko-grants";
    }

    private String appRole() throws SQLException {
        if (appRole == null) {
            DataSource ds = dataSource.getObject();
            if (ds instanceof com.zaxxer.hikari.HikariDataSource h && h.getUsername() != null) {
                appRole = h.getUsername();
            } else {
                try (Connection c = ds.getConnection()) {
                    appRole = c.getMetaData().getUserName();
                }
            }
        }
        return appRole;
    }

    static void grant(Connection c, String app) throws SQLException {
        try (Statement s = c.createStatement()) {
            String owner;
            try (ResultSet rs = s.executeQuery("SELECT current_user")) {
                rs.next();
                owner = rs.getString(1);
            }
            if (app == null || app.equals(owner)) {
                return;
            }
            String appRole = ident(app);
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT nspname FROM pg_namespace
                    WHERE (nspowner = current_user::regrole OR nspname = 'public') AND nspname <> 'audit'
                    ORDER BY 1""")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (String schema : schemas) {
                String sc = ident(schema);
                s.execute("GRANT USAGE ON SCHEMA " + sc + " TO " + appRole);
                s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + sc + " TO " + appRole);
                s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + sc + " TO " + appRole);
            }
            List<String> history = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
                    WHERE tablename LIKE 'flyway\\_schema\\_history%'""")) {
                while (rs.next()) {
                    history.add(rs.getString(1));
                }
            }
            for (String table : history) {
                s.execute("REVOKE ALL ON " + table + " FROM " + appRole);
            }
            appendOnlyAudit(s, appRole);
        }
    }

    private static void appendOnlyAudit(Statement s, String appRole) throws SQLException {
        boolean schema;
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_namespace WHERE nspname = 'audit'")) {
            schema = rs.next();
        }
        if (!schema) {
            return;
        }
        boolean auditRole;
        try (ResultSet rs =
                s.executeQuery("SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = '"
                        + DatabaseRoles.AUDIT + "'")) {
            auditRole = rs.next() && rs.getBoolean(1);
        }
        List<String> tables = new ArrayList<>();
        List<String> sequences = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                SELECT format('%I.%I', n.nspname, c.relname), c.relkind FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'audit' AND c.relkind IN ('r', 'p', 'S')""")) {
            while (rs.next()) {
                ("S".equals(rs.getString(2)) ? sequences : tables).add(rs.getString(1));
            }
        }
        if (auditRole) {
            s.execute("ALTER SCHEMA audit OWNER TO " + DatabaseRoles.AUDIT);
        } else {
            log.warn(
                    "No role {} that the owner may act as: the audit log stays with the owner; the application"
                            + " may still only add and read its entries",
                    DatabaseRoles.AUDIT);
        }
        s.execute("GRANT USAGE ON SCHEMA audit TO " + appRole);
        for (String table : tables) {
            if (auditRole) {
                s.execute("ALTER TABLE " + table + " OWNER TO " + DatabaseRoles.AUDIT);
            }
            s.execute("REVOKE ALL ON " + table + " FROM " + appRole);
            s.execute("GRANT SELECT, INSERT ON " + table + " TO " + appRole);
        }
        for (String sequence : sequences) {
            s.execute("GRANT USAGE ON SEQUENCE " + sequence + " TO " + appRole);
        }
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
