package se.rus.platform.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * The platform's own tables (outbox, inbox, idempotent requests, dead letters) migrate in a version space of their
 * own, recorded in {@value #TABLE}, so a service's migration may take any version number, V25 and V70 included.
 * It runs as a callback of each service's Flyway ({@link FlywayWithPlatform}), before the service's own migrations,
 * which build on the platform's tables (planning indexes {@code outbox_event}). Two instances starting at once are
 * safe: each Flyway history is migrated under its own lock.
 *
 * <p>A database migrated before the split recorded the platform's scripts in the service's history. The first run
 * after the split baselines {@value #TABLE} at the highest platform version found there (those tables exist, nothing
 * is run again), applies any platform script newer than that, and then removes the platform's rows from the
 * service's history, where they would otherwise be applied migrations no longer found.
 */
public final class PlatformMigrations implements Callback {

    public static final String TABLE = "platform_schema_history";
    private static final String LOCATION = "db/platform";
    /**
     * Named here rather than scanned: a Quarkus application indexes only its own Flyway locations at build time, and
     * this list works the same in tests, packaged jars and native images. {@code PlatformMigrationsTest} holds it
     * equal to the directory.
     */
    static final List<String> SCRIPTS = List.of(
            "V0_1__outbox_and_inbox.sql",
            "V0_2__idempotent_request.sql",
            "V25__dead_letter.sql",
            "V70__outbox_trace_parent.sql");

    /** A history row's script without its location: Quarkus records {@code db/platform/V25__dead_letter.sql}. */
    private static final String SCRIPT_NAME = "regexp_replace(script, '^.*/', '')";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        migrate(context.getConfiguration());
    }

    @Override
    public String getCallbackName() {
        return "rus-platform-migrations";
    }

    /**
     * Brings the platform's tables up to date in the schema the service's Flyway {@code service} migrates, once that
     * schema holds the service's history: before it, a new database must look empty to the service's Flyway, which
     * creates its history only in an empty schema (or one it created itself). Before validation that history exists
     * only in a database already migrated, whose platform rows must leave the service's history before it is
     * validated; on a new database the platform migrates just before the service's first migration.
     */
    public static void migrate(Configuration service) {
        DataSource dataSource = service.getDataSource();
        String schema = service.getDefaultSchema() != null ? service.getDefaultSchema()
                : service.getSchemas().length > 0 ? service.getSchemas()[0] : null;
        try (Connection connection = dataSource.getConnection()) {
            String inSchema = schema != null ? schema : currentSchema(connection);
            if (!exists(connection, inSchema, service.getTable())) {
                return;
            }
            String recordedUpTo = exists(connection, inSchema, TABLE) ? null
                    : highestRecordedInServiceHistory(connection, inSchema, service.getTable());
            Flyway.configure(service.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(inSchema)
                    .defaultSchema(inSchema)
                    .table(TABLE)
                    .locations(LOCATION)
                    .resourceProvider(new Scripts(service.getClassLoader()))
                    // the schema holds the service's tables: baseline where the service's history says the platform's
                    // tables stand (a database from before the split), or before the first script
                    .baselineOnMigrate(true)
                    .baselineVersion(recordedUpTo != null ? recordedUpTo : "0")
                    .baselineDescription(recordedUpTo != null ? "recorded in " + service.getTable() + " before the split"
                            : "start of the platform history")
                    .load()
                    .migrate();
            forgetInServiceHistory(connection, inSchema, service.getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("platform migrations failed", e);
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_schema()");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, schema);
            query.setString(2, table);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static String highestRecordedInServiceHistory(Connection connection, String schema, String serviceTable)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT version FROM \"" + schema + "\".\""
                + serviceTable + "\" WHERE success AND " + SCRIPT_NAME + " = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", SCRIPTS.toArray()));
            MigrationVersion highest = null;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    if (highest == null || version.compareTo(highest) > 0) {
                        highest = version;
                    }
                }
            }
            return highest == null ? null : highest.getVersion();
        }
    }

    /** The service's history keeps only the service's own migrations; the platform's are in {@value #TABLE} now. */
    private static void forgetInServiceHistory(Connection connection, String schema, String serviceTable)
            throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM \"" + schema + "\".\"" + serviceTable
                + "\" WHERE " + SCRIPT_NAME + " = ANY (?) AND version = ANY (?)")) {
            delete.setArray(1, connection.createArrayOf("text", SCRIPTS.toArray()));
            delete.setArray(2, connection.createArrayOf("text", SCRIPTS.stream().map(PlatformMigrations::versionOf).toArray()));
            delete.executeUpdate();
        }
    }

    /** {@code V0_1__outbox_and_inbox.sql} → {@code 0.1}, as Flyway writes it into the history. */
    static String versionOf(String script) {
        return script.substring(1, script.indexOf("__")).replace('_', '.');
    }

    /** The platform's scripts, read from the class path by name. */
    private record Scripts(ClassLoader classLoader) implements ResourceProvider {

        @Override
        public LoadableResource getResource(String name) {
            String script = name.substring(name.lastIndexOf('/') + 1);
            return SCRIPTS.contains(script) ? resource(script) : null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
            return SCRIPTS.stream()
                    .filter(script -> script.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(script::endsWith))
                    .map(this::resource).toList();
        }

        private LoadableResource resource(String script) {
            return new ClassPathResource(new Location("classpath:" + LOCATION), LOCATION + "/" + script,
                    classLoader, StandardCharsets.UTF_8);
        }
    }
}
