package se.rus.localstack.checks;

import org.flywaydb.core.Flyway;
import se.rus.platform.persistence.PlatformMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A data migration checked on data an earlier release wrote: the service's migrations (with the platform's, as the
 * service runs them) into a schema of their own ({@value #NAME}), stopped at a version; the test writes rows as that
 * release did, migrates to the latest version and reads what became of them. Dropped before and after.
 */
public final class EarlierSchema implements AutoCloseable {

    public static final String NAME = "earlier_release";

    private final DataSource dataSource;
    private final Connection connection;
    private final Statement sql;

    private EarlierSchema(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.connection = dataSource.getConnection();
        this.sql = connection.createStatement();
    }

    /** The service's schema as it stood at {@code version}, in {@value #NAME}. */
    public static EarlierSchema at(DataSource dataSource, String version) throws SQLException {
        EarlierSchema schema = new EarlierSchema(dataSource);
        schema.sql.execute("DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
        schema.migrate(version);
        return schema;
    }

    /** Runs {@code statement}; tables are named {@code NAME + ".table"}. */
    public void execute(String statement) throws SQLException {
        sql.execute(statement);
    }

    public void migrateToLatest() {
        migrate("latest");
    }

    /** Each row of {@code query}, its columns joined by {@code |} (SQL NULL as "null"). */
    public List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet read = sql.executeQuery(query)) {
            int columns = read.getMetaData().getColumnCount();
            while (read.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(read.getString(column));
                }
                rows.add(String.join("|", row.stream().map(String::valueOf).toList()));
            }
        }
        return rows;
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).schemas(NAME).locations("classpath:db/migration")
                .callbacks(new PlatformMigrations()).target(target).load().migrate();
    }

    @Override
    public void close() throws SQLException {
        try {
            sql.execute("DROP SCHEMA IF EXISTS " + NAME + " CASCADE");
        } finally {
            sql.close();
            connection.close();
        }
    }
}
