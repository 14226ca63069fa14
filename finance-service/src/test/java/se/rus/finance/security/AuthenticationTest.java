package se.rus.finance.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.AuthenticationChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class AuthenticationTest extends AuthenticationChecks {

    AuthenticationTest() {
        super("/api/v1/years", new SecondIssuerCaller("rus-steering", null, "/api/v1/years",
                "/api/v1/years",
                Map.of("year", 2040, "appropriationName", "Anslag 1:2 Miljöövervakning", "appropriation", "6000000.00")));
    }
}
