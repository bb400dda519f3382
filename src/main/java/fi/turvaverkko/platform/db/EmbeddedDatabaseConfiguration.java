package fi.turvaverkko.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import fi.turvaverkko.platform.PlatformProperties;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With no {@code spring.datasource.url}, the application runs on an embedded PostgreSQL whose data
 * lives under {@code turvaverkko.data-dir}; with the URL set, Spring Boot's own DataSource is used
 * and nothing here starts. Migrations run as the owner role, the application as its own role (ADR
 * 0022).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(PlatformProperties properties) {
        var db = properties.embeddedDb();
        return EmbeddedDatabaseServer.obtain(
                db.ephemeral() ? null : properties.dataDir(),
                new EmbeddedDatabaseServer.Options(db.port(), db.durable(), db.database()));
    }

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedDatabaseServer server, PlatformProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl(properties.embeddedDb().database()));
        ds.setUsername(DatabaseRoles.APP);
        ds.setPassword(server.credentials().appPassword());
        ds.setPoolName("turvaverkko");
        ds.setMaximumPoolSize(20);
        fi.turvaverkko.platform.db.DatabaseAvailability.configurePool(ds);
        return ds;
    }

    @Bean
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedDatabaseServer server, PlatformProperties properties) {
        SimpleDriverDataSource ds = new SimpleDriverDataSource();
        ds.setDriverClass(org.postgresql.Driver.class);
        ds.setUrl(server.jdbcUrl(properties.embeddedDb().database()));
        ds.setUsername(DatabaseRoles.OWNER);
        ds.setPassword(server.credentials().ownerPassword());
        return ds;
    }
}
