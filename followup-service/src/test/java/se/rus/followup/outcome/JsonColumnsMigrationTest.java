package se.rus.followup.outcome;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.platform.persistence.PlatformMigrations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V8 turns the structured text written by the old text converter (outcome narratives, area follow-up notes,
 * goal follow-ups) into jsonb: what was stored before the migration reads the same after it.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class JsonColumnsMigrationTest {

    private static final String SCHEMA = "before_jsonb";

    @Inject
    AgroalDataSource dataSource;

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).locations("classpath:db/migration")
                .callbacks(new PlatformMigrations()).target(target).load();
    }

    @Test
    void textWrittenBeforeTheMigrationIsJsonbAfterIt() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            flyway("7").migrate();
            String paragraph = "'[{\"kind\":\"PARAGRAPH\",\"text\":\"Har genomförts som planerat.\"}]'";
            sql.execute("INSERT INTO " + SCHEMA + ".activity_outcome (id, year, activity_id, status, narrative, version, "
                    + "created_at, created_by, updated_at, updated_by) VALUES ('00000000-0000-4000-8000-000000000001', 2024, "
                    + "'00000000-0000-4000-8000-000000000002', 'DONE_AS_PLANNED', " + paragraph + ", 0, now(), 't', now(), 't')");
            sql.execute("INSERT INTO " + SCHEMA + ".area_follow_up VALUES ('00000000-0000-4000-8000-000000000003', 2024, "
                    + "'00000000-0000-4000-8000-000000000004', '', 0, now(), 't')");

            flyway("latest").migrate();

            List<String> rows = new ArrayList<>();
            try (ResultSet read = sql.executeQuery("SELECT pg_typeof(narrative)::text, narrative -> 0 ->> 'text' FROM "
                    + SCHEMA + ".activity_outcome UNION ALL SELECT pg_typeof(note)::text, jsonb_array_length(note)::text FROM "
                    + SCHEMA + ".area_follow_up UNION ALL SELECT data_type, NULL FROM information_schema.columns "
                    + "WHERE table_schema = '" + SCHEMA + "' AND table_name = 'goal_valuation' AND column_name = 'follow_up'")) {
                while (read.next()) {
                    rows.add(read.getString(1) + "|" + read.getString(2));
                }
            }
            assertEquals(List.of("jsonb|Har genomförts som planerat.", "jsonb|0", "jsonb|null"), rows);
            sql.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }
}
