package se.rus.platform.logging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.common.MapBackedConfigSource;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The platform's shared log settings: plain lines by default, JSON with RUS_LOG_JSON=true, a trace id in both. */
class LogConfigurationTest {

    private static SmallRyeConfig platformConfig(Map<String, String> environment) throws IOException {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(
                        LogConfigurationTest.class.getResource("/META-INF/microprofile-config.properties"), 100))
                .withSources(new MapBackedConfigSource("environment", environment, 300) {
                })
                .build();
    }

    @Test
    void jsonOnlyWhenTheEnvironmentAsksForIt() throws IOException {
        assertEquals(false, platformConfig(Map.of()).getValue("quarkus.log.console.json.enabled", Boolean.class));
        assertEquals(true, platformConfig(Map.of("RUS_LOG_JSON", "true"))
                .getValue("quarkus.log.console.json.enabled", Boolean.class));
    }

    @Test
    void everyLineCarriesTheTraceId() throws Exception {
        assertTrue(platformConfig(Map.of()).getValue("quarkus.log.console.format", String.class)
                .contains("traceId=%X{traceId}"));

        ExtLogRecord record = new ExtLogRecord(Level.INFO, "Bokförd verifikation", ExtLogRecord.FormatStyle.NO_FORMAT,
                LogConfigurationTest.class.getName());
        record.setMdc(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));
        JsonNode line = new ObjectMapper().readTree(new JsonFormatter().format(record));
        assertEquals("Bokförd verifikation", line.get("message").asText());
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", line.get("mdc").get("traceId").asText());
    }
}
