package se.rus.finance.importing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import se.rus.localstack.RusTestInfrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared test infrastructure, but with a database of its own on the same PostgreSQL: the real
 * 2024 dataset and the test fixture are both year 2024, and an append-only ledger cannot be reset
 * between them.
 */
public class DatasetDatabase implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "finance_dataset";

    private final RusTestInfrastructure shared = new RusTestInfrastructure();

    @Override
    public void init(Map<String, String> initArgs) {
        shared.init(Map.of("database", "finance"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(shared.start());
        String financeUrl = config.get("quarkus.datasource.jdbc.url");
        String base = financeUrl.substring(0, financeUrl.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(base + "postgres",
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE, e);
        }
        config.put("quarkus.datasource.jdbc.url", base + DATABASE);
        return config;
    }

    @Override
    public void stop() {
        shared.stop();
    }
}
