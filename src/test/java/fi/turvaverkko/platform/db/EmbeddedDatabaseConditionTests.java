package fi.turvaverkko.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** With spring.datasource.url set nothing embedded starts; without it the embedded database does. */
class EmbeddedDatabaseConditionTests {

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Marker {
        @Bean
        String embedded() {
            return "embedded";
        }
    }

    @Test
    void anExternalUrlTurnsTheEmbeddedDatabaseOff() {
        new ApplicationContextRunner()
                .withUserConfiguration(Marker.class)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/turvaverkko")
                .run(ctx -> assertThat(ctx).doesNotHaveBean("embedded"));
        new ApplicationContextRunner()
                .withUserConfiguration(Marker.class)
                .run(ctx -> assertThat(ctx).hasBean("embedded"));
        new ApplicationContextRunner()
                .withUserConfiguration(Marker.class)
                .withPropertyValues("spring.datasource.url=")
                .run(ctx -> assertThat(ctx).hasBean("embedded"));
    }
}
