package se.rus.localstack.checks;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import se.rus.localstack.ApiSecurityChecks;
import se.rus.localstack.RoleMatrix;

/** Every operation of the contract × every role answers as the contract's per-operation roles say; claims are typed. */
public abstract class RoleMatrixChecks {

    private final String readPath;
    private final String readRole;

    /** {@code readPath}: a read that {@code readRole} may make, to send with oddly shaped claims. */
    protected RoleMatrixChecks(String readPath, String readRole) {
        this.readPath = readPath;
        this.readRole = readRole;
    }

    @Test
    void everyOperationAnswersEveryRoleAsTheContractDocuments() {
        RoleMatrix.assertDocumentedRoles(RestAssured.port);
    }

    @Test
    void oddlyShapedClaimsGrantNoMoreThanTheirRoleAndFailNothing() {
        ApiSecurityChecks.readsClaimsByTheirType(readPath, readRole);
    }
}
