package se.rus.localstack.checks;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import se.rus.localstack.BadInputSweep;

/** Malformed and invalid input to every operation of the contract: always a 4xx problem, never a 5xx. */
public abstract class BadInputSweepChecks {

    @Test
    void noInputMakesTheServiceFail() {
        BadInputSweep.assertNoServerErrors(ServiceUnderTest.of(getClass()).artifact(), RestAssured.port);
    }
}
