package fi.turvaverkko.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL. One server per data folder and JVM: application contexts in the same JVM
 * that ask for the same folder share it, and the last one to close stops it (ADR 0002).
 *
 * <p>It is durable (ADR 0021): on a persistent folder {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} are on, checked with {@code SHOW} after every start, and the server
 * refuses to start with them off unless {@link Options#durable()} is explicitly false. Its doors are
 * shut (ADR 0022): every connection authenticates with SCRAM, the passwords live in {@code
 * <data-dir>/db-credentials.properties} readable by the owner only, migrations run as {@link
 * DatabaseRoles#OWNER} and the application connects as {@link DatabaseRoles#APP}, which is no
 * superuser and owns nothing. A supervisor starts the postmaster again when it dies (ADR 0021).
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String DEFAULT_DATABASE = "turvaverkko";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Map<String, EmbeddedDatabaseServer> RUNNING = new HashMap<>();
    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    /**
     * How the server runs.
     *
     * @param port fixed port, or 0 for a free one
     * @param durable fsync, synchronous commits and full page writes on a persistent folder; false only
     *     for benchmarks, with a warning at every start
     * @param database the application's database in the cluster
     */
    public record Options(int port, boolean durable, String database) {

        public static Options defaults() {
            return new Options(0, true, DEFAULT_DATABASE);
        }
    }

    private final String key;
    private final Path dataDir;
    private final Options options;
    private final DatabaseCredentials credentials;
    private final Object lifecycle = new Object();
    private volatile EmbeddedPostgres postgres;
    private volatile int port;
    private volatile boolean closing;
    private volatile java.time.Instant startedAt;
    private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();
    private Thread supervisor;
    private int users;
    private final java.util.Set<String> databases = new java.util.HashSet<>();

    private EmbeddedDatabaseServer(String key, Path dataDir, Options options, DatabaseCredentials credentials) {
        this.key = key;
        this.dataDir = dataDir;
        this.options = options;
        this.credentials = credentials;
        this.port = options.port();
    }

    /**
     * Starts the server on {@code dataDir}, or joins the one this JVM already runs there; {@code
     * null} means one throw-away server for the whole JVM (tests), whose durability is off.
     */
    public static EmbeddedDatabaseServer obtain(Path dataDir, int port) {
        return obtain(dataDir, new Options(port, true, DEFAULT_DATABASE));
    }

    /** As {@link #obtain(Path, int)}, with the database and durability given. */
    public static synchronized EmbeddedDatabaseServer obtain(Path dataDir, Options options) {
        String key = dataDir == null
                ? "<ephemeral>"
                : dataDir.toAbsolutePath().normalize().toString();
        EmbeddedDatabaseServer server = RUNNING.get(key);
        if (server == null) {
            DatabaseCredentials credentials = dataDir == null
                    ? DatabaseCredentials.generate()
                    : DatabaseCredentials.loadOrCreate(dataDir.resolve(DatabaseCredentials.FILE_NAME));
            server = new EmbeddedDatabaseServer(key, dataDir, options, credentials);
            server.start();
            if (dataDir != null) {
                server.supervise();
            }
            RUNNING.put(key, server);
        }
        server.prepareDatabase(options.database());
        server.users++;
        return server;
    }

    private boolean persistent() {
        return dataDir != null;
    }

    private boolean durable() {
        return persistent() && options.durable();
    }

    private void start() {
        try {
            Path pg = persistent() ? dataDir.resolve("pg") : null;
            boolean fresh = pg == null || !Files.exists(pg.resolve("PG_VERSION"));
            Path pwfile = null;
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost")
                    // only TCP on loopback, with a password: no socket that a local process could use
                    .setServerConfig("unix_socket_directories", "")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("locale-provider", "icu")
                    .setLocaleConfig("icu-locale", "fi-FI")
                    .setConnectConfig("password", credentials.superuserPassword());
            String onOff = durable() ? "on" : "off";
            for (String setting : DURABILITY) {
                builder.setServerConfig(setting, onOff);
            }
            if (fresh) {
                // initdb with SCRAM from the first moment: the superuser's password is read from a
                // file that only this user can read, and removed at once
                pwfile = Files.createTempFile(
                        "tvk-pw",
                        ".txt",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(pwfile, credentials.superuserPassword() + "\n", StandardCharsets.UTF_8);
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
            }
            if (pg != null) {
                Files.createDirectories(pg);
                Postmaster.stopOrphan(pg);
                builder.setDataDirectory(pg).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            long started = System.nanoTime();
            try {
                postgres = builder.start();
            } finally {
                if (pwfile != null) {
                    Files.deleteIfExists(pwfile);
                }
            }
            port = postgres.getPort();
            startedAt = java.time.Instant.now();
            if (pg != null) {
                requirePasswords(pg);
            }
            checkDurability();
            log.info(
                    "Embedded PostgreSQL on port {} ({} ms){}",
                    port,
                    (System.nanoTime() - started) / 1_000_000,
                    pg == null ? "" : ", data in " + pg.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A cluster made before passwords were required trusts every local connection: give the
     * superuser its password and replace the trust rules with SCRAM.
     */
    private void requirePasswords(Path pg) throws IOException {
        Path hba = pg.resolve("pg_hba.conf");
        String rules = Files.readString(hba);
        boolean trusts = rules.lines()
                .map(String::trim)
                .filter(l -> !l.startsWith("#") && !l.isEmpty())
                .anyMatch(l -> l.endsWith("trust") || l.contains(" trust ") || l.contains("\ttrust"));
        if (!trusts) {
            return;
        }
        log.warn("The embedded PostgreSQL trusted local connections: setting passwords and SCRAM ({})", hba);
        try (Connection c = superuserConnection("postgres");
                Statement s = c.createStatement()) {
            s.execute("SET password_encryption = 'scram-sha-256'");
            s.execute("ALTER ROLE postgres PASSWORD " + literal(credentials.superuserPassword()));
            Files.writeString(
                    hba,
                    "# written by Turvaverkko: every connection authenticates with SCRAM\n"
                            + "host all all 127.0.0.1/32 scram-sha-256\n"
                            + "host all all ::1/128 scram-sha-256\n",
                    StandardCharsets.UTF_8);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not require passwords on the embedded PostgreSQL", e);
        }
    }

    /** Refuses a persistent cluster that could lose acknowledged writes, unless that was asked for. */
    private void checkDurability() {
        Map<String, String> actual = new HashMap<>();
        try (Connection c = superuserConnection("postgres");
                Statement s = c.createStatement()) {
            for (String setting : DURABILITY) {
                try (ResultSet rs = s.executeQuery("SHOW " + setting)) {
                    rs.next();
                    actual.put(setting, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the embedded PostgreSQL's settings", e);
        }
        List<String> off =
                DURABILITY.stream().filter(s -> !"on".equals(actual.get(s))).toList();
        if (!persistent() || off.isEmpty()) {
            return;
        }
        if (options.durable()) {
            close(postgres);
            throw new IllegalStateException("The embedded PostgreSQL runs with " + off
                    + " off on a persistent folder and could lose acknowledged writes; refusing to start");
        }
        log.warn(
                "UNSAFE: the embedded PostgreSQL runs with {} off (turvaverkko.embedded-db.durable=false):"
                        + " acknowledged writes can be lost and a power cut can corrupt {}. Only for benchmarks.",
                off,
                dataDir.resolve("pg").toAbsolutePath());
    }

    /** Creates the roles and the application's database when missing, and shuts what the app must not use. */
    private synchronized void prepareDatabase(String database) {
        if (!databases.add(database)) {
            return;
        }
        try (Connection c = superuserConnection("postgres");
                Statement s = c.createStatement()) {
            DatabaseRoles.prepareCluster(s, credentials, database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database " + database, e);
        }
        try (Connection c = superuserConnection(database);
                Statement s = c.createStatement()) {
            DatabaseRoles.prepareDatabase(s);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database " + database, e);
        }
    }

    /**
     * Watches the postmaster of a persistent cluster and starts it again when it dies (a {@code kill
     * -9}, an out-of-memory kill): PostgreSQL replays its log, and the application reconnects by
     * itself. A throw-away cluster is not restarted: its data would be gone anyway.
     */
    private void supervise() {
        supervisor = new Thread(
                () -> {
                    while (!closing) {
                        Postmaster.sleep(250);
                        if (closing || postmasterAlive()) {
                            continue;
                        }
                        synchronized (lifecycle) {
                            if (closing) {
                                return;
                            }
                            restart();
                        }
                    }
                },
                "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** Alive unless its lock file names a process that is gone (or a zombie nobody has reaped). */
    private boolean postmasterAlive() {
        return postmasterPid().map(Postmaster::alive).orElse(true);
    }

    /** The postmaster's process id, read from its lock file; empty for a throw-away cluster. */
    public Optional<Long> postmasterPid() {
        return persistent() ? Postmaster.pid(dataDir.resolve("pg")) : Optional.empty();
    }

    private void restart() {
        log.error("The embedded PostgreSQL stopped unexpectedly; starting it again on port {}", port);
        long began = System.nanoTime();
        close(postgres);
        Duration wait = Duration.ofMillis(200);
        while (!closing) {
            try {
                start();
                restarts.incrementAndGet();
                log.warn("The embedded PostgreSQL is back after {} ms", (System.nanoTime() - began) / 1_000_000);
                return;
            } catch (RuntimeException e) {
                // the dead postmaster's backends may still hold its shared memory for a moment
                log.warn("The embedded PostgreSQL did not start yet: {}", e.getMessage());
                Postmaster.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0
                        ? Duration.ofSeconds(5)
                        : wait.multipliedBy(2);
            }
        }
    }

    private static void close(EmbeddedPostgres pg) {
        if (pg == null) {
            return;
        }
        try {
            pg.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the embedded PostgreSQL: {}", e.getMessage());
        }
    }

    private Connection superuserConnection(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", DatabaseRoles.SUPERUSER);
        p.setProperty("password", credentials.superuserPassword());
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, p);
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** The JDBC URL of the application's database (the default one when several are prepared). */
    public String jdbcUrl() {
        return jdbcUrl(options.database());
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** How many times the supervisor has started the server again after it died. */
    public int restarts() {
        return restarts.get();
    }

    /** When the server last finished starting (its first start, or the supervisor's latest restart). */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    /** The passwords of the cluster's roles. */
    public DatabaseCredentials credentials() {
        return credentials;
    }

    /** True when acknowledged writes survive a crash of the server (fsync and synchronous commit on). */
    public boolean isDurable() {
        return durable();
    }

    @Override
    public void close() throws IOException {
        synchronized (EmbeddedDatabaseServer.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(key);
        }
        synchronized (lifecycle) {
            closing = true;
        }
        if (supervisor != null) {
            supervisor.interrupt();
        }
        close(postgres);
    }
}
