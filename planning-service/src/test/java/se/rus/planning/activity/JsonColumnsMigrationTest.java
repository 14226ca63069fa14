package se.rus.planning.activity;

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
 * V8 turns the activity's text columns written by the old text converter into jsonb: an activity stored before
 * the migration reads the same after it, and the database can now look inside it.
 */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class JsonColumnsMigrationTest {

    private static final String SCHEMA = EarlierSchema.NAME;

    @Inject
    DataSource dataSource;

    @Test
    void textWrittenBeforeTheMigrationIsJsonbAfterIt() throws Exception {
        try (EarlierSchema sql = EarlierSchema.at(dataSource, "7")) {
            sql.execute("INSERT INTO " + SCHEMA + ".plan VALUES ('00000000-0000-4000-8000-000000000001', 2024, "
                    + "'RUS verksamhetsplan 2024', NULL, 2022, 2024, 'DRAFT', 0, now(), 'test')");
            sql.execute("INSERT INTO " + SCHEMA + ".area (id, plan_id, position, name, version) VALUES "
                    + "('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 1, 'Miljömålsuppföljning', 0)");
            sql.execute("INSERT INTO " + SCHEMA + ".activity (id, area_id, position, title, description, planned_days, "
                    + "prioritised, development_effort, responsible, version) VALUES "
                    + "('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 1, 'Indikatorutveckling', "
                    + "'[{\"kind\":\"PARAGRAPH\",\"text\":\"Utveckla indikatorer.\"},{\"kind\":\"BULLETS\",\"items\":[\"RUS-indikatorer\"]}]', "
                    + "20, true, 'FULL', '[\"Lst Gävleborg\",\"Lst Dalarna\"]', 0), "
                    + "('00000000-0000-4000-8000-000000000004', '00000000-0000-4000-8000-000000000002', 2, 'Tom', '', 1, false, "
                    + "'NONE', ' ', 0)");

            sql.migrateToLatest();

            assertEquals(List.of("jsonb|jsonb|Utveckla indikatorer.|RUS-indikatorer|2|Lst Dalarna",
                    "jsonb|jsonb|null|null|0|null"),
                    sql.rows("SELECT pg_typeof(description)::text, pg_typeof(responsible)::text, "
                            + "description -> 0 ->> 'text', description -> 1 -> 'items' ->> 0, jsonb_array_length(description), "
                            + "responsible ->> 1 FROM " + SCHEMA + ".activity ORDER BY position"));
        }
    }
}
