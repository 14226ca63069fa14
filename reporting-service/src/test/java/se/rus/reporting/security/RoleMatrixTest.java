package se.rus.reporting.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.RoleMatrixChecks;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class RoleMatrixTest extends RoleMatrixChecks {

    RoleMatrixTest() {
        super("/api/v1/reports/2030/versions", "county");
    }
}
