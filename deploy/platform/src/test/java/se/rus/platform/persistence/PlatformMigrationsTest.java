package se.rus.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service migration may take a version the platform uses (V25, V70): the platform's scripts keep their own history.
 * {@code db/collision} is such a service; {@code db/before-split} is its first migration alone, migrated the way
 * every service was before the split (platform and service scripts in one history).
 */
class PlatformMigrationsTest {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    private static Flyway service(String schema) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).locations("classpath:db/collision")
                .callbacks(new PlatformMigrations()).load();
    }

    @Test
    void aServiceMigrationNumberedLikeAPlatformOneAppliesOnAnEmptyDatabase() throws Exception {
        execute("CREATE SCHEMA fresh"); // as public is there before a service's first start
        assertEquals(3, service("fresh").migrate().migrationsExecuted);

        assertEquals(List.of("0 BASELINE start of the platform history", "0.1 SQL V0_1__outbox_and_inbox.sql",
                "0.2 SQL V0_2__idempotent_request.sql", "25 SQL V25__dead_letter.sql", "70 SQL V70__outbox_trace_parent.sql"),
                history("fresh", PlatformMigrations.TABLE));
        assertEquals(List.of("1 SQL V1__first.sql", "25 SQL V25__numbered_like_dead_letter.sql",
                "70 SQL V70__numbered_like_trace_parent.sql"), history("fresh", "flyway_schema_history"));
        assertTrue(tableExists("fresh", "dead_letter"));
        assertTrue(tableExists("fresh", "numbered_like_dead_letter"));
        assertTrue(tableExists("fresh", "numbered_like_trace_parent"));
        assertEquals(0, service("fresh").migrate().migrationsExecuted, "a second start runs nothing");
    }

    @Test
    void aDatabaseMigratedBeforeTheSplitKeepsItsTablesAndTakesTheServicesNewMigrations() throws Exception {
        Flyway.configure().dataSource(dataSource).schemas("upgraded")
                .locations("classpath:db/platform", "classpath:db/before-split").load().migrate();
        recordScriptsAsQuarkusDoes("upgraded");
        execute("INSERT INTO upgraded.dead_letter VALUES ('rus.planning.v1', 0, 7, NULL, NULL, 'kept', now(), NULL)");

        assertEquals(2, service("upgraded").migrate().migrationsExecuted);

        assertEquals(List.of("70 BASELINE recorded in flyway_schema_history before the split"),
                history("upgraded", PlatformMigrations.TABLE), "recorded, not run again");
        assertEquals(List.of("1 SQL db/migration/V1__first.sql", "25 SQL V25__numbered_like_dead_letter.sql",
                "70 SQL V70__numbered_like_trace_parent.sql"), history("upgraded", "flyway_schema_history"));
        assertEquals("kept", single("SELECT reason FROM upgraded.dead_letter"));
        assertEquals(0, service("upgraded").migrate().migrationsExecuted);
    }

    @Test
    void aDatabaseMigratedBeforeALaterPlatformScriptGetsThatScript() throws Exception {
        Flyway.configure().dataSource(dataSource).schemas("older")
                .locations("classpath:db/platform", "classpath:db/before-split").target("25").load().migrate();
        recordScriptsAsQuarkusDoes("older");

        service("older").migrate();

        assertEquals(List.of("25 BASELINE recorded in flyway_schema_history before the split", "70 SQL V70__outbox_trace_parent.sql"),
                history("older", PlatformMigrations.TABLE));
        assertEquals("trace_parent", single("SELECT column_name FROM information_schema.columns "
                + "WHERE table_schema = 'older' AND table_name = 'outbox_event' AND column_name = 'trace_parent'"));
    }

    @Test
    void theNamedScriptsAreExactlyThoseInTheDirectory() throws URISyntaxException, IOException {
        Path directory = Path.of(PlatformMigrations.class.getClassLoader().getResource("db/platform").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(PlatformMigrations.SCRIPTS, files.map(file -> file.getFileName().toString())
                    .sorted(Comparator.comparing(script -> MigrationVersion.fromVersion(PlatformMigrations.versionOf(script))))
                    .toList());
        }
    }

    /** A Quarkus application's Flyway records each script with its location ({@code db/platform/V0_1__…sql}). */
    private static void recordScriptsAsQuarkusDoes(String schema) throws SQLException {
        execute("UPDATE " + schema + ".flyway_schema_history SET script = CASE WHEN version IN ('0.1', '0.2', '25', '70') "
                + "THEN 'db/platform/' ELSE 'db/migration/' END || script WHERE type = 'SQL'");
    }

    private static List<String> history(String schema, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet read = sql.executeQuery("SELECT version, type, coalesce(nullif(script, '<< Flyway Baseline >>'), '')"
                     + ", description FROM " + schema + "." + table + " WHERE success AND type <> 'SCHEMA' ORDER BY installed_rank")) {
            while (read.next()) {
                rows.add(read.getString(1) + " " + read.getString(2) + " "
                        + ("BASELINE".equals(read.getString(2)) ? read.getString(4) : read.getString(3)));
            }
        }
        return rows;
    }

    private static boolean tableExists(String schema, String table) throws SQLException {
        return single("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = '" + table + "'") != null;
    }

    private static String single(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet read = sql.executeQuery(query)) {
            return read.next() ? read.getString(1) : null;
        }
    }

    private static void execute(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
