package se.rus.reporting.openapi;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rus.localstack.CommittedContract;
import se.rus.localstack.ContractChecks;
import se.rus.localstack.RusTestInfrastructure;

@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class ContractExamplesTest {

    @Test
    void everyExampleInTheContractMatchesItsOwnSchema() {
        ContractChecks.everyExampleMatchesItsSchema();
    }

    @Test
    void generatedClientsGetTypesHeadersAndPatchBodies() {
        ContractChecks.generatedClientsCanUseTheContract();
    }

    @Test
    void whatTheServiceSendsIsHeldAgainstTheContract() {
        ContractChecks.sentResponsesAreHeldAgainstTheContract("/api/v1/reports");
    }

    @Test
    void theCommittedContractIsTheGeneratedOne() {
        CommittedContract.matchesTheGeneratedDocument("reporting-service");
    }
}
