package fi.turvaverkko;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turvaverkko: the regional safety and preparedness cooperation platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Turvaverkko", sharedModules = "shared")
public class TurvaverkkoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TurvaverkkoApplication.class, args);
    }
}
