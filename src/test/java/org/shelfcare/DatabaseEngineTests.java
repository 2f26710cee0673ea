package org.shelfcare;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shelfcare.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the product needs of its database engine beyond SQL. A CHECK constraint must keep working
 * after the connection that created it has closed: the migrations create every constraint on one
 * pooled connection, which the pool retires after 30 minutes (H2 2.4.240 then refused every insert
 * into a table with a CHECK constraint until a restart).
 */
@IntegrationTest
class DatabaseEngineTests {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void aCheckConstraintOutlivesTheConnectionThatCreatedIt() throws Exception {
        String table = "engine_check_" + UUID.randomUUID().toString().substring(0, 8);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection creator = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
                Statement create = creator.createStatement()) {
            create.execute("CREATE TABLE " + table + " (id INT PRIMARY KEY, category VARCHAR(20) NOT NULL,"
                    + " CONSTRAINT " + table + "_category CHECK (category IN ('EAP', 'OTHER')))");
        }
        try {
            assertThat(jdbc.sql("INSERT INTO " + table + " (id, category) VALUES (1, 'EAP')").update()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("DROP TABLE " + table).update();
        }
    }
}
