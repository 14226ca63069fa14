package se.rus.localstack.checks;

import org.junit.jupiter.api.Test;
import se.rus.localstack.ArchitectureRules;

/** The suite's shape ({@link ArchitectureRules}) holds for the service and the platform. */
public abstract class ArchitectureChecks {

    @Test
    void dependsOnNoOtherServiceAndShipsNoTestInfrastructure() {
        ArchitectureRules.check(ServiceUnderTest.of(getClass()).name());
    }
}
