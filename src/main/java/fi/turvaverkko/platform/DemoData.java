package fi.turvaverkko.platform;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether modules load their demo data, and the demo users' password. Each module loads its own
 * demo data when its tables are empty.
 */
@Component
public class DemoData {

    private final boolean enabled;
    private final String password;

    DemoData(PlatformProperties properties, Environment environment) {
        boolean embedded = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        Boolean explicit = properties.demo().enabled();
        this.enabled = explicit != null ? explicit : embedded;
        this.password = properties.demo().password();
    }

    public boolean enabled() {
        return enabled;
    }

    public String password() {
        return password;
    }
}
