package se.rus.planning.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.AuthenticationChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class AuthenticationTest extends AuthenticationChecks {

    AuthenticationTest() {
        super("/api/v1/plans", new SecondIssuerCaller("county", "14", "/api/v1/plans",
                "/api/v1/plans",
                Map.of("year", 2040, "title", "RUS verksamhetsplan 2040", "periodStart", 2040, "periodEnd", 2042)));
    }
}
