package se.rus.followup.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.AuthenticationChecks;

import java.util.Map;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class AuthenticationTest extends AuthenticationChecks {

    AuthenticationTest() {
        super("/api/v1/counties", new SecondIssuerCaller("county", "14", "/api/v1/counties",
                "/api/v1/rau/2040/round",
                Map.of("instructions", "Anvisningar för RÅU 2040", "deadline", "2040-03-31")));
    }
}
