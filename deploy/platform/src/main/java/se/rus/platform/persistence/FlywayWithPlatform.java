package se.rus.platform.persistence;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.ArrayList;
import java.util.List;

/** Every service's Flyway brings the platform's tables up to date first ({@link PlatformMigrations}). */
@Singleton
public class FlywayWithPlatform implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(List.of(configuration.getCallbacks()));
        callbacks.add(new PlatformMigrations());
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
