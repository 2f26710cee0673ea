package org.shelfcare.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application and its database. Tagged {@code db}: with
 * SHELFCARE_TEST_DATABASE_URL set, these run a second time on PostgreSQL. Every such test shares
 * one application context, so keep its configuration identical.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({Fixtures.class, DatabaseDump.class, PostgresqlTestDatabase.class})
@Tag("db")
public @interface IntegrationTest {}
