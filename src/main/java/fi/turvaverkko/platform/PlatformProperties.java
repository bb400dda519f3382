package fi.turvaverkko.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform, under {@code turvaverkko.*} (docs/contract.md lists them).
 *
 * @param dataDir folder of the embedded PostgreSQL's data ({@code <dir>/pg}) and other local files
 * @param embeddedDb the embedded database's own settings
 * @param demo the demo data
 * @param map the map's base layer
 * @param region the region shown to people who have not logged in
 * @param publicUrl the address people reach the service at, for links in mail
 */
@ConfigurationProperties("turvaverkko")
public record PlatformProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue EmbeddedDb embeddedDb,
        @DefaultValue Demo demo,
        @DefaultValue Map map,
        @DefaultValue Region region,
        @DefaultValue("http://localhost:8080") String publicUrl) {

    /**
     * @param port fixed port, or 0 for a free one
     * @param ephemeral a throw-away cluster in a temporary folder shared by the whole JVM (tests)
     * @param durable fsync, synchronous commits and full page writes on a persistent folder; {@code
     *     false} only for benchmarks, and then the application warns at every start (ADR 0021)
     * @param database the application's database in the cluster
     */
    public record EmbeddedDb(
            @DefaultValue("0") int port,
            @DefaultValue("false") boolean ephemeral,
            @DefaultValue("true") boolean durable,
            @DefaultValue("turvaverkko") String database) {}

    /**
     * @param enabled load demo data; unset means: yes on the embedded database, no on an external one
     * @param password the demo users' password
     */
    public record Demo(
            Boolean enabled, @DefaultValue("demo") String password) {}

    /** @param tileUrl base-map tile URL template; empty draws borders on a plain background */
    public record Map(@DefaultValue("") String tileUrl) {}

    /** @param defaultCode the region shown to anonymous readers */
    public record Region(@DefaultValue("19") String defaultCode) {}
}
