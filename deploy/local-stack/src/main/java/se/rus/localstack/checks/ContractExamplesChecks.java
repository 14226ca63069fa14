package se.rus.localstack.checks;

import org.junit.jupiter.api.Test;
import se.rus.localstack.CommittedContract;
import se.rus.localstack.ContractChecks;

/**
 * The service's OpenAPI document: its examples match their schemas, a generated client can use it, what the service
 * sends is held against it, and it is the one committed in deploy/contracts ({@code -Drus.contracts.update=true} on this test rewrites that file).
 */
public abstract class ContractExamplesChecks {

    @Test
    void everyExampleInTheContractMatchesItsOwnSchema() {
        ContractChecks.everyExampleMatchesItsSchema();
    }

    @Test
    void generatedClientsGetTypesHeadersAndPatchBodies() {
        ContractChecks.generatedClientsCanUseTheContract();
    }

    /** A GET this service answers 200 to the working group: the sent-response check must have held it. */
    protected abstract String aReadablePath();

    @Test
    void whatTheServiceSendsIsHeldAgainstTheContract() {
        ContractChecks.sentResponsesAreHeldAgainstTheContract(aReadablePath());
    }

    @Test
    void theCommittedContractIsTheGeneratedOne() {
        CommittedContract.matchesTheGeneratedDocument(ServiceUnderTest.of(getClass()).artifact());
    }
}
