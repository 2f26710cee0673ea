package org.shelfcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their boundaries, and the module diagrams are written to target/. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ShelfCareApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDiagrams() {
        Documenter documenter = new Documenter(modules);
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        Path folder = Path.of("target", "spring-modulith-docs");
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(modules.getModuleByName("directory")).isPresent();
        assertThat(Files.exists(folder.resolve("module-directory.puml"))).isTrue();
    }
}
