package fi.turvaverkko.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/**
 * Whether the database answers, known at once (ADR 0021). A watcher asks it every second over a
 * connection of its own; a request that meets a broken connection says so too. While the database
 * is away every request is answered 503 with {@code Retry-After} without waiting for it, health says
 * DOWN within two seconds, and when it answers again the pool drops its dead connections and the
 * application serves again by itself.
 */
@Component
public class DatabaseAvailability implements SmartLifecycle {

    /** How long a client is asked to wait before it tries again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    private static final Duration RETRY_EVERY = Duration.ofMillis(250);

    private final DataSource dataSource;
    private volatile boolean up = true;
    private volatile boolean running;
    private volatile Thread watcher;
    private Connection connection;

    DatabaseAvailability(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Pool settings that fail fast instead of holding a request for half a minute. */
    public static void configurePool(HikariDataSource ds) {
        ds.setConnectionTimeout(3_000);
        ds.setValidationTimeout(1_000);
    }

    public boolean isUp() {
        return up;
    }

    /**
     * Whether {@code ex} or one of its causes says that the database cannot be reached (a connection
     * refused or broken, the server shutting down or starting up), rather than that a statement was
     * wrong.
     */
    public static boolean isUnavailable(Throwable ex) {
        int depth = 0;
        for (Throwable t = ex; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether no connection was free in time: the database is away, or too busy to answer now. */
    private static boolean noConnection(Throwable ex) {
        int depth = 0;
        for (Throwable t = ex; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A request met {@code ex}: whether to answer it 503, because the database is away or could give
     * it no connection in time. A broken connection says so itself; a connection that did not come,
     * or any other failure of the database's (a rollback on a connection that is already closed, say),
     * is checked by asking the database at once. When it is away, requests stop going to it until the
     * watcher sees it back.
     */
    public boolean isCausedByOutage(Throwable ex) {
        if (isUnavailable(ex)) {
            markDown(ex.getMessage());
            return true;
        }
        boolean busy = noConnection(ex);
        if (busy || involvesDatabase(ex)) {
            if (!ask(Duration.ofSeconds(1))) {
                markDown(ex.getMessage());
                return true;
            }
        }
        return busy;
    }

    private static boolean involvesDatabase(Throwable ex) {
        int depth = 0;
        for (Throwable t = ex; t != null && depth < 16; t = t.getCause(), depth++) {
            if (t instanceof SQLException
                    || t instanceof org.springframework.dao.DataAccessException
                    || t instanceof org.springframework.transaction.TransactionException) {
                return true;
            }
        }
        return false;
    }

    /** A quick question to the database over a connection of its own, outside the pool. */
    private boolean ask(Duration timeout) {
        try (Connection c = open()) {
            return c.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private void markDown(String why) {
        if (running && up) {
            up = false;
            log.error("The database does not answer ({}); requests are answered 503 until it does", why);
        }
        Thread w = watcher;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    private void watch() {
        while (running) {
            boolean answered = ask();
            if (answered && !up) {
                up = true;
                if (dataSource instanceof HikariDataSource h && h.getHikariPoolMXBean() != null) {
                    // connections to the server that went away are useless now
                    h.getHikariPoolMXBean().softEvictConnections();
                }
                log.warn("The database answers again; serving requests");
            } else if (!answered && up) {
                markDown("no answer to the watcher");
            }
            LockSupport.parkNanos((up ? CHECK_EVERY : RETRY_EVERY).toNanos());
        }
        close();
    }

    private boolean ask() {
        try {
            if (connection == null) {
                connection = open();
            }
            try (Statement s = connection.createStatement()) {
                s.setQueryTimeout(2);
                s.execute("SELECT 1");
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            close();
            return false;
        }
    }

    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource h && h.getJdbcUrl() != null) {
            Properties p = new Properties();
            if (h.getUsername() != null) {
                p.setProperty("user", h.getUsername());
            }
            if (h.getPassword() != null) {
                p.setProperty("password", h.getPassword());
            }
            p.setProperty("connectTimeout", "1");
            p.setProperty("socketTimeout", "2");
            p.setProperty("loginTimeout", "2");
            p.setProperty("ApplicationName", "turvaverkko-watcher");
            return DriverManager.getConnection(h.getJdbcUrl(), p);
        }
        return dataSource.getConnection();
    }

    private void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // gone already
            }
            connection = null;
        }
    }

    @Override
    public void start() {
        running = true;
        Thread w = new Thread(this::watch, "database-watcher");
        w.setDaemon(true);
        watcher = w;
        w.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread w = watcher;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
