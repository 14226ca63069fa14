package se.rus.followup.outcome;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.EarlierSchema;

import javax.sql.DataSource;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V8 turns the structured text written by the old text converter (outcome narratives, area follow-up notes,
 * goal follow-ups) into jsonb: what was stored before the migration reads the same after it.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class JsonColumnsMigrationTest {

    private static final String SCHEMA = EarlierSchema.NAME;

    @Inject
    DataSource dataSource;

    @Test
    void textWrittenBeforeTheMigrationIsJsonbAfterIt() throws Exception {
        try (EarlierSchema sql = EarlierSchema.at(dataSource, "7")) {
            String paragraph = "'[{\"kind\":\"PARAGRAPH\",\"text\":\"Har genomförts som planerat.\"}]'";
            sql.execute("INSERT INTO " + SCHEMA + ".activity_outcome (id, year, activity_id, status, narrative, version, "
                    + "created_at, created_by, updated_at, updated_by) VALUES ('00000000-0000-4000-8000-000000000001', 2024, "
                    + "'00000000-0000-4000-8000-000000000002', 'DONE_AS_PLANNED', " + paragraph + ", 0, now(), 't', now(), 't')");
            sql.execute("INSERT INTO " + SCHEMA + ".area_follow_up VALUES ('00000000-0000-4000-8000-000000000003', 2024, "
                    + "'00000000-0000-4000-8000-000000000004', '', 0, now(), 't')");

            sql.migrateToLatest();

            assertEquals(List.of("jsonb|Har genomförts som planerat.", "jsonb|0", "jsonb|null"),
                    sql.rows("SELECT pg_typeof(narrative)::text, narrative -> 0 ->> 'text' FROM "
                            + SCHEMA + ".activity_outcome UNION ALL SELECT pg_typeof(note)::text, jsonb_array_length(note)::text FROM "
                            + SCHEMA + ".area_follow_up UNION ALL SELECT data_type, NULL FROM information_schema.columns "
                            + "WHERE table_schema = '" + SCHEMA + "' AND table_name = 'goal_valuation' AND column_name = 'follow_up'"));
        }
    }
}
