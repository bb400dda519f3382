package fi.turvaverkko;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries hold, the documentation is written, and docs/architecture.md names every module. */
class ModularityTests {

    static final ApplicationModules MODULES =
            ApplicationModules.of(TurvaverkkoApplication.class, location -> !location.contains("/test-classes/"));

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
    }

    @Test
    void architectureDocumentNamesEveryModule() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        for (ApplicationModule module : MODULES) {
            assertThat(doc)
                    .as("docs/architecture.md describes module %s", module.getIdentifier())
                    .contains("`" + module.getIdentifier() + "`");
        }
    }
}
