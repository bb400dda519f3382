package fi.turvaverkko.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL. One server per data folder and JVM: application contexts in the same JVM
 * that ask for the same folder share it, and the last one to close stops it (ADR 0002).
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String DATABASE = "turvaverkko";
    private static final java.util.regex.Pattern DATABASE_NAME =
            java.util.regex.Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Map<String, EmbeddedDatabaseServer> RUNNING = new HashMap<>();

    private final String key;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedDatabaseServer(String key, EmbeddedPostgres postgres) {
        this.key = key;
        this.postgres = postgres;
    }

    /**
     * Starts the server on {@code dataDir}, or joins the one this JVM already runs there; {@code
     * null} means one throw-away server for the whole JVM.
     */
    public static synchronized EmbeddedDatabaseServer obtain(Path dataDir, int port) {
        String key = dataDir == null
                ? "<ephemeral>"
                : dataDir.toAbsolutePath().normalize().toString();
        EmbeddedDatabaseServer server = RUNNING.get(key);
        if (server == null) {
            server = new EmbeddedDatabaseServer(key, start(dataDir, port));
            server.createDatabase(DATABASE);
            RUNNING.put(key, server);
        }
        server.users++;
        return server;
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("locale-provider", "icu")
                    .setLocaleConfig("icu-locale", "fi-FI");
            if (dataDir == null) {
                // tests: a fresh cluster, cleaned when closed; durability is not needed there
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off");
            } else {
                Path pg = dataDir.resolve("pg");
                Files.createDirectories(pg);
                stopOrphan(pg);
                builder.setDataDirectory(pg).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            long started = System.nanoTime();
            EmbeddedPostgres pg = builder.start();
            log.info(
                    "Embedded PostgreSQL on port {} ({} ms){}",
                    pg.getPort(),
                    (System.nanoTime() - started) / 1_000_000,
                    dataDir == null ? "" : ", data in " + dataDir.resolve("pg").toAbsolutePath());
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /**
     * After a {@code kill -9} of the application the postmaster it started keeps running and holds
     * the folder: stop it, and remove a lock file that names a process that is no PostgreSQL.
     */
    static void stopOrphan(Path pg) throws IOException {
        Path pidFile = pg.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (RuntimeException e) {
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        boolean isPostgres = process.flatMap(p -> p.info().command())
                .map(c -> c.contains("postgres"))
                .orElse(false);
        if (process.isPresent() && isPostgres) {
            log.warn("Stopping PostgreSQL (pid {}) left running by an earlier run", pid);
            ProcessHandle p = process.get();
            p.destroy();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (p.isAlive() && System.nanoTime() < deadline) {
                sleep(100);
            }
            if (p.isAlive()) {
                p.destroyForcibly();
                sleep(500);
            }
        }
        if (Files.exists(pidFile)
                && (process.isEmpty() || !isPostgres || !process.get().isAlive())) {
            Files.deleteIfExists(pidFile);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                ResultSet rs =
                        c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!rs.next()) {
                c.createStatement().execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + name, e);
        }
    }

    /** The URL of the application's database. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    /**
     * The URL of the database {@code name} in this server, created when missing: application
     * contexts of one JVM that must not see each other's data name different databases.
     */
    public String jdbcUrl(String name) {
        if (!DATABASE.equals(name)) {
            createDatabase(name);
        }
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        synchronized (EmbeddedDatabaseServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(key);
        }
        postgres.close();
    }
}
