package se.rus.reporting.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.AuthenticationChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class AuthenticationTest extends AuthenticationChecks {

    AuthenticationTest() {
        super("/api/v1/reports/2030/checks", new SecondIssuerCaller("county", "14", "/api/v1/reports/2030/versions",
                "/api/v1/reports/2040/approvals",
                Map.of("approvedAt", "2041-02-05")));
    }
}
