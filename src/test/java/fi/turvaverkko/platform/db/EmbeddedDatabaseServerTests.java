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
    void aContextThatNamesItsOwnDatabaseSeesNoneOfTheOthersData(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabaseServer shared = EmbeddedDatabaseServer.obtain(dir, 0);
                EmbeddedDatabaseServer own =
                        EmbeddedDatabaseServer.obtain(dir, new EmbeddedDatabaseServer.Options(0, true, "sweep"))) {
            assertThat(own).as("one cluster for the JVM").isSameAs(shared);
            execute(shared, "CREATE TABLE shared_by_default (v text)");
            String sweep = shared.jdbcUrl("sweep");
            assertThat(sweep).endsWith("/sweep");
            execute(sweep, shared, "CREATE TABLE only_in_sweep (v text); INSERT INTO only_in_sweep VALUES ('Salla')");
            assertThat(query(sweep, shared, "SELECT count(*) FROM pg_tables WHERE tablename = 'shared_by_default'"))
                    .isEqualTo("0");
            assertThat(query(shared, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_sweep'"))
                    .isEqualTo("0");
            assertThat(query(sweep, shared, "SELECT v FROM only_in_sweep")).isEqualTo("Salla");
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

    static Connection owner(String url, EmbeddedDatabaseServer server) throws Exception {
        return DriverManager.getConnection(
                url, DatabaseRoles.OWNER, server.credentials().ownerPassword());
    }

    static void execute(EmbeddedDatabaseServer server, String sql) throws Exception {
        execute(server.jdbcUrl(), server, sql);
    }

    static void execute(String url, EmbeddedDatabaseServer server, String sql) throws Exception {
        try (Connection c = owner(url, server)) {
            c.createStatement().execute(sql);
        }
    }

    static String query(EmbeddedDatabaseServer server, String sql) throws Exception {
        return query(server.jdbcUrl(), server, sql);
    }

    static String query(String url, EmbeddedDatabaseServer server, String sql) throws Exception {
        try (Connection c = owner(url, server);
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
