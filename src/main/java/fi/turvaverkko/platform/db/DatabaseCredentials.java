package fi.turvaverkko.platform.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's passwords: generated at its first start and kept in the data folder in a
 * file that only the operating-system user running the application can read.
 *
 * @param superuserPassword of {@code postgres}, used only to prepare the cluster and its roles
 * @param ownerPassword of {@link DatabaseRoles#OWNER}, which owns the schemas and runs migrations
 * @param appPassword of {@link DatabaseRoles#APP}, which the application connects as
 */
public record DatabaseCredentials(String superuserPassword, String ownerPassword, String appPassword) {

    static final String FILE_NAME = "db-credentials.properties";
    private static final Logger log = LoggerFactory.getLogger(DatabaseCredentials.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public String toString() {
        return "DatabaseCredentials[…]";
    }

    static DatabaseCredentials generate() {
        return new DatabaseCredentials(secret(), secret(), secret());
    }

    /** Reads the passwords kept in {@code file}, or makes new ones and keeps them there. */
    static DatabaseCredentials loadOrCreate(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                DatabaseCredentials c = generate();
                Path tmp = Files.createTempFile(
                        file.toAbsolutePath().getParent(),
                        ".db-credentials",
                        ".tmp",
                        PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                Properties p = new Properties();
                p.setProperty("superuser", c.superuserPassword());
                p.setProperty("owner", c.ownerPassword());
                p.setProperty("app", c.appPassword());
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    p.store(
                            w,
                            "Passwords of the embedded PostgreSQL's roles (postgres, " + DatabaseRoles.OWNER + ", "
                                    + DatabaseRoles.APP + "). Keep this file private.");
                }
                Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return c;
            }
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                log.warn("{} was readable by others; it is now readable by its owner only", file);
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            }
            String superuser = p.getProperty("superuser");
            String owner = p.getProperty("owner");
            String app = p.getProperty("app");
            if (superuser == null || owner == null || app == null) {
                throw new IllegalStateException(file + " lacks a password; restore it from a backup");
            }
            return new DatabaseCredentials(superuser, owner, app);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the database passwords in " + file, e);
        }
    }

    private static String secret() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
