package fi.turvaverkko.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data over a restart and over a {@code kill -9} of the application. */
class EmbeddedDatabaseServerTests {

    @Test
    void dataSurvivesARestart(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.obtain(dir, 0)) {
            execute(server, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('Pello 2023')");
        }
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.obtain(dir, 0)) {
            assertThat(query(server, "SELECT v FROM kept")).isEqualTo("Pello 2023");
        }
    }

    @Test
    void recoversAfterTheApplicationIsKilled(@TempDir Path dir) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledApplication.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            boolean ready = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("READY")) {
                    ready = true;
                    break;
                }
            }
            assertThat(ready).as("the child application started its database").isTrue();
        }
        child.destroyForcibly();
        assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        // the child's postmaster is still running and holds the folder
        assertThat(dir.resolve("pg/postmaster.pid")).exists();
        try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.obtain(dir, 0)) {
            assertThat(query(server, "SELECT v FROM written_before_kill")).isEqualTo("Kemi 1982");
        }
    }

    static Connection owner(EmbeddedDatabaseServer server) throws Exception {
        return DriverManager.getConnection(
                server.jdbcUrl(), DatabaseRoles.OWNER, server.credentials().ownerPassword());
    }

    static void execute(EmbeddedDatabaseServer server, String sql) throws Exception {
        try (Connection c = owner(server)) {
            c.createStatement().execute(sql);
        }
    }

    static String query(EmbeddedDatabaseServer server, String sql) throws Exception {
        try (Connection c = owner(server);
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Run in a child JVM: starts the database, writes a row, says READY and waits to be killed. */
    public static final class KilledApplication {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabaseServer server = EmbeddedDatabaseServer.obtain(Path.of(args[0]), 0);
            execute(
                    server,
                    "CREATE TABLE written_before_kill (v text); INSERT INTO written_before_kill VALUES ('Kemi 1982')");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}
