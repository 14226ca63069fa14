package se.rus.followup.openapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import se.rus.localstack.RusTestInfrastructure;
import se.rus.localstack.checks.ContractExamplesChecks;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "followup"))
class ContractExamplesTest extends ContractExamplesChecks {

    @Override
    protected String aReadablePath() {
        return "/api/v1/counties";
    }
}
