package fi.turvaverkko.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import fi.turvaverkko.platform.PlatformProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the application runs on an embedded PostgreSQL whose data
 * lives under {@code turvaverkko.data-dir}; with the URL set, Spring Boot's own DataSource is used
 * and nothing here starts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(PlatformProperties properties) {
        var db = properties.embeddedDb();
        return EmbeddedDatabaseServer.obtain(db.ephemeral() ? null : properties.dataDir(), db.port());
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedDatabaseServer server, PlatformProperties properties) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl(properties.embeddedDb().database()));
        ds.setUsername("postgres");
        ds.setPoolName("turvaverkko");
        ds.setMaximumPoolSize(20);
        return ds;
    }
}
