package se.rus.finance.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import se.rus.localstack.BadInputSweep;
import se.rus.localstack.RusTestInfrastructure;

/** Malformed and invalid input to every operation of the contract: always a 4xx problem, never a 5xx. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class BadInputSweepTest {

    @Test
    void noInputMakesTheServiceFail() {
        BadInputSweep.assertNoServerErrors("finance-service", RestAssured.port);
    }
}
