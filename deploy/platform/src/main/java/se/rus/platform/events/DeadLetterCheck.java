package se.rus.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the dead-letter count on /q/health/ready. Dead letters do not make a service unready (it goes on
 * consuming), so the check is always UP; without the database the datasource check says DOWN already.
 */
@Readiness
@ApplicationScoped
public class DeadLetterCheck implements HealthCheck {

    @Inject
    DeadLetters deadLetters;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dead-letters").up();
        try {
            response.withData("count", deadLetters.count());
        } catch (RuntimeException unreachable) {
            response.withData("count", "unknown: " + ConsumerFailures.reason(unreachable));
        }
        return response.build();
    }
}
