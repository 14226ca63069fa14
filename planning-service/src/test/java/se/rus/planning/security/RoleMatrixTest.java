package se.rus.planning.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.RoleMatrixChecks;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class RoleMatrixTest extends RoleMatrixChecks {

    RoleMatrixTest() {
        super("/api/v1/plans", "county");
    }
}
