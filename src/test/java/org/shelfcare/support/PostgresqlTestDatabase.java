package org.shelfcare.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

/** On PostgreSQL the test database outlives a run: start each run from an empty schema. */
@TestConfiguration(proxyBeanMethods = false)
@Profile("test-postgresql")
class PostgresqlTestDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
