package se.rus.localstack.checks;

import se.rus.localstack.ArchitectureRules;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which service a check runs for, read from the package of its test class ({@code se.rus.planning.security.RoleMatrixTest}
 * is planning's), so a service's test does not repeat its own name.
 */
record ServiceUnderTest(String name) {

    static ServiceUnderTest of(Class<?> testClass) {
        String[] parts = testClass.getPackageName().split("\\.");
        if (parts.length < 3 || !parts[0].equals("se") || !parts[1].equals("rus") || !ArchitectureRules.SERVICES.contains(parts[2])) {
            throw new IllegalStateException(testClass.getName() + " is not in a service's package se.rus.<service>; one of "
                    + ArchitectureRules.SERVICES);
        }
        return new ServiceUnderTest(parts[2]);
    }

    /** The artifact's name, as the contracts and the checks' messages spell it: {@code planning-service}. */
    String artifact() {
        return name + "-service";
    }

    /** One number the service's database answers, e.g. a count of rows. */
    static long count(DataSource dataSource, String query) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
    }
}
