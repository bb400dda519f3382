package fi.turvaverkko.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The running application's database role is no superuser and owns nothing (ADR 0022): whatever a
 * flaw in the application let someone run through its connection, the audit log stays as written,
 * the schema stays as migrated and no operating-system command runs.
 */
@IntegrationTest
class DatabaseRightsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabaseServer server;

    @Test
    void theApplicationConnectsAsARoleThatIsNoSuperuserAndOwnsNothing() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APP);
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles"
                                + " WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("""
                        SELECT (SELECT count(*) FROM pg_class WHERE relowner = current_user::regrole)
                             + (SELECT count(*) FROM pg_namespace WHERE nspowner = current_user::regrole)
                             + (SELECT count(*) FROM pg_proc WHERE proowner = current_user::regrole)""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT tableowner FROM pg_tables WHERE schemaname = 'audit' AND tablename = 'entry'")
                        .query(String.class)
                        .single())
                .isEqualTo(DatabaseRoles.AUDIT);
    }

    @Test
    void theApplicationCanOnlyAddAndReadAuditEntries() {
        long id = jdbc.sql("INSERT INTO audit.entry (username, item_type, item_id, action, channel)"
                        + " VALUES ('rights-test', 'T', '1', 'X', 'SYSTEM') RETURNING id")
                .query(Long.class)
                .single();
        for (String sql : new String[] {
            "UPDATE audit.entry SET username = 'someone-else' WHERE id = " + id,
            "DELETE FROM audit.entry WHERE id = " + id,
            "TRUNCATE audit.entry",
            "ALTER TABLE audit.entry DISABLE TRIGGER ALL",
            "DROP TABLE audit.entry",
            "ALTER TABLE audit.entry OWNER TO " + DatabaseRoles.APP,
            "CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
        }) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        assertThat(jdbc.sql("SELECT username FROM audit.entry WHERE id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("rights-test");
    }

    @Test
    void theApplicationCanNeitherSwitchOffTriggersNorRunCommandsNorChangeTheSchema() {
        for (String sql : new String[] {
            "SET session_replication_role = replica",
            "COPY (SELECT 1) TO PROGRAM 'id'",
            "COPY audit.entry FROM PROGRAM 'true'",
            "CREATE TABLE network.intruder (x int)",
            "ALTER TABLE network.actor DISABLE TRIGGER ALL",
            "DROP TABLE planning.measure",
            "ALTER ROLE " + DatabaseRoles.APP + " SUPERUSER",
            "CREATE ROLE intruder SUPERUSER",
            "DELETE FROM flyway_schema_history_audit",
        }) {
            assertThatThrownBy(() -> jdbc.sql(sql).update())
                    .as(sql)
                    .rootCause()
                    .hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser"
                            + "|Only roles with privileges).*");
        }
    }

    @Test
    void everyConnectionNeedsAPassword() throws Exception {
        for (String user : new String[] {"postgres", DatabaseRoles.OWNER, DatabaseRoles.APP}) {
            assertThatThrownBy(() -> {
                        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), user, "")) {
                            c.isValid(1);
                        }
                    })
                    .as(user)
                    .hasMessageContaining("password");
        }
        try (Connection c = DriverManager.getConnection(
                server.jdbcUrl(), DatabaseRoles.APP, server.credentials().appPassword())) {
            assertThat(c.isValid(1)).isTrue();
        }
    }
}
