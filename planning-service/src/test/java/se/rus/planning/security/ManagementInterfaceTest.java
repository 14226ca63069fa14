package se.rus.planning.security;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import se.rus.localstack.RusTestInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The service as the Kubernetes images are built ({@code -Dquarkus.management.enabled=true}, README, "Deploying"):
 * health and metrics answer on the management port only, which the manifests' probes and scrape annotations use
 * and the Services do not expose; the API, its contract and Swagger UI stay on the API port (the platform keeps
 * OpenAPI off the management interface). Built without that property (every other test here, and
 * {@code deploy/local/up}) health and metrics answer on the API port, as {@code AuthenticationTest} shows.
 */
@QuarkusTest
@TestProfile(ManagementInterfaceTest.AsTheKubernetesImage.class)
@WithTestResource(value = RusTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "planning"))
class ManagementInterfaceTest {

    /** quarkus.management.enabled is fixed at build time; a test profile builds the application again with it. */
    public static class AsTheKubernetesImage implements QuarkusTestProfile {

        static final int MANAGEMENT_PORT = freePort();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true",
                    "quarkus.management.test-port", String.valueOf(MANAGEMENT_PORT));
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void healthAndMetricsAnswerOnTheManagementPortOnly() {
        int management = AsTheKubernetesImage.MANAGEMENT_PORT;
        for (String probe : new String[] {"/q/health/ready", "/q/health/live", "/q/health/started"}) {
            given().port(management).when().get(probe).then().statusCode(200).body("status", equalTo("UP"));
            given().when().get(probe).then().statusCode(404);
        }
        given().port(management).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("rus_outbox_backlog"));
        given().when().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void theApiAndItsContractStayOnTheApiPort() {
        given().when().get("/api/v1/plans").then().statusCode(401);
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", startsWith("3."));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().port(AsTheKubernetesImage.MANAGEMENT_PORT).when().get("/q/openapi").then().statusCode(404);
    }
}
