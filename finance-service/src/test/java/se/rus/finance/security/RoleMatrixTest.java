package se.rus.finance.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ApiSecurityChecks;
import se.rus.localstack.RoleMatrix;
import se.rus.localstack.RusTestInfrastructure;

/** Every operation of the contract × every role answers as the contract's per-operation roles say; claims are typed. */
@QuarkusTest
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "finance"))
class RoleMatrixTest {

    @Test
    void everyOperationAnswersEveryRoleAsTheContractDocuments() {
        RoleMatrix.assertDocumentedRoles(RestAssured.port);
    }

    @Test
    void oddlyShapedClaimsGrantNoMoreThanTheirRoleAndFailNothing() {
        ApiSecurityChecks.readsClaimsByTheirType("/api/v1/years", "rus-steering");
    }
}
