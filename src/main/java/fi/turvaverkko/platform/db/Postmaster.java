package fi.turvaverkko.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL's postmaster as an operating-system process, known by its lock file
 * {@code postmaster.pid}: whether it is alive, and stopping one an earlier run left behind.
 */
final class Postmaster {

    private static final Logger log = LoggerFactory.getLogger(Postmaster.class);

    private Postmaster() {}

    /** The process id in the cluster folder's lock file; empty when there is none or it is unreadable. */
    static Optional<Long> pid(Path pg) {
        try {
            return Optional.of(Long.parseLong(
                    Files.readAllLines(pg.resolve("postmaster.pid")).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the process runs: not gone, and not a zombie nobody has reaped. */
    static boolean alive(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true;
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

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
