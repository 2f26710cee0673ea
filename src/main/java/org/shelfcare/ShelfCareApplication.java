package org.shelfcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** ShelfCare: helps libraries look after their staff. */
@Modulithic(systemName = "ShelfCare", sharedModules = "web")
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShelfCareApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShelfCareApplication.class, args);
    }
}
