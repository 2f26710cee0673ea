package org.shelfcare.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a backup of the test database contains, as an operator would take it: H2's {@code SCRIPT}
 * on H2, a real {@code pg_dump} on PostgreSQL. Privacy tests look for plaintext in it.
 */
@TestComponent
public class DatabaseDump {

    private final JdbcClient jdbc;
    private final String url;
    private final String user;

    public DatabaseDump(JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
    }

    /** The whole database as a backup would hold it, or just the given tables on PostgreSQL. */
    public String dump(String... tables) throws IOException, InterruptedException {
        return url.startsWith("jdbc:postgresql:") ? pgDump(tables) : String.join("\n", jdbc.sql("SCRIPT").query(String.class).list());
    }

    private String pgDump(String... tables) throws IOException, InterruptedException {
        // jdbc:postgresql://host:port/database?options
        String rest = url.substring(url.indexOf("//") + 2);
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String database = rest.substring(rest.indexOf('/') + 1).split("\\?")[0];
        List<String> command = new ArrayList<>(List.of("pg_dump", "-h", hostPort.split(":")[0],
                "-p", hostPort.contains(":") ? hostPort.split(":")[1] : "5432", "-U", user.isEmpty() ? "postgres" : user));
        for (String table : tables) {
            command.add("-t");
            command.add(table);
        }
        command.add(database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        String password = System.getenv("SHELFCARE_TEST_DATABASE_PASSWORD");
        if (password != null) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException noPgDump) {
            assumeThat(Boolean.getBoolean("shelfcare.test.strict")).as("pg_dump is not installed").isTrue();
            throw noPgDump;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        process.getInputStream().transferTo(out);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String dump = out.toString(StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(dump).isZero();
        return dump;
    }
}
