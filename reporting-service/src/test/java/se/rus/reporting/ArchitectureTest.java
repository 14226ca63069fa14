package se.rus.reporting;

import org.junit.jupiter.api.Test;
import se.rus.localstack.ArchitectureRules;

/** The suite's shape (deploy/local-stack's ArchitectureRules) holds for this service and the platform. */
class ArchitectureTest {

    @Test
    void dependsOnNoOtherServiceAndShipsNoTestInfrastructure() {
        ArchitectureRules.check("reporting");
    }
}
