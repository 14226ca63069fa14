import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a service's CPU goes, by layer: java deploy/bench/CpuByLayer.java RECORDING.jfr [TOP]
 * Reads the execution samples of a JFR recording (deploy/bench/profile) and charges each sample to the layer of
 * the innermost frame that is not the JDK's own: a HashMap.get inside Jackson is Jackson's cost, RSA inside jose4j
 * is the token check's ("self"). "Anywhere" counts the samples with a frame of the layer anywhere on the stack, so it
 * includes what the layer called (the token check's share of everything under the security filter, say).
 * Prints a Markdown table of the layers and, with TOP, the TOP hottest methods of our code.
 */
public class CpuByLayer {

    /** First match wins, so the more specific prefix comes first (Hibernate Validator before Hibernate ORM). */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"io.opentelemetry.", "tracing (OpenTelemetry)"},
            new String[] {"io.quarkus.opentelemetry.", "tracing (OpenTelemetry)"},
            new String[] {"io.micrometer.", "metrics (Micrometer)"},
            new String[] {"io.quarkus.micrometer.", "metrics (Micrometer)"},
            new String[] {"org.jose4j.", "security (token, roles)"},
            new String[] {"io.smallrye.jwt.", "security (token, roles)"},
            new String[] {"io.quarkus.smallrye.jwt.", "security (token, roles)"},
            new String[] {"io.quarkus.security.", "security (token, roles)"},
            new String[] {"io.quarkus.vertx.http.runtime.security.", "security (token, roles)"},
            new String[] {"se.rus.platform.security.", "security (token, roles)"},
            new String[] {"se.rus.platform.idempotency.", "idempotency"},
            new String[] {"se.rus.platform.outbox.", "outbox"},
            new String[] {"se.rus.platform.", "platform filters and helpers"},
            new String[] {"se.rus.", "service code"},
            new String[] {"com.fasterxml.jackson.", "serialisation (Jackson)"},
            new String[] {"io.quarkus.resteasy.reactive.jackson.", "serialisation (Jackson)"},
            new String[] {"org.hibernate.validator.", "validation"},
            new String[] {"org.hibernate.", "Hibernate ORM"},
            new String[] {"io.quarkus.hibernate.", "Hibernate ORM"},
            new String[] {"org.postgresql.", "JDBC (driver, pool)"},
            new String[] {"io.agroal.", "JDBC (driver, pool)"},
            new String[] {"com.arjuna.", "transactions (Narayana)"},
            new String[] {"io.quarkus.narayana.", "transactions (Narayana)"},
            new String[] {"org.jboss.resteasy.reactive.", "REST layer"},
            new String[] {"io.quarkus.resteasy.reactive.", "REST layer"},
            new String[] {"io.quarkus.arc.", "CDI (ArC)"},
            new String[] {"io.netty.", "HTTP server (Vert.x, Netty)"},
            new String[] {"io.vertx.", "HTTP server (Vert.x, Netty)"},
            new String[] {"io.quarkus.vertx.", "HTTP server (Vert.x, Netty)"},
            new String[] {"org.apache.kafka.", "Kafka client"},
            new String[] {"io.smallrye.reactive.messaging.", "Kafka client"},
            new String[] {"io.smallrye.context.", "context propagation"},
            new String[] {"org.jboss.logging.", "logging"},
            new String[] {"org.jboss.logmanager.", "logging"},
            new String[] {"io.quarkus.", "Quarkus, other"},
            new String[] {"io.smallrye.", "SmallRye, other"},
            new String[] {"org.jboss.", "JBoss, other"});

    public static void main(String[] args) throws Exception {
        Path recording = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Map<String, Integer> byLayer = new LinkedHashMap<>();
        Map<String, Integer> anywhere = new LinkedHashMap<>();
        Map<String, Integer> ourMethods = new TreeMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            String charged = null;
            Set<String> onStack = new HashSet<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (isJdk(type)) {
                    continue;
                }
                onStack.add(layerOf(type));
                if (charged == null) {
                    charged = layerOf(type);
                    if (type.startsWith("se.rus.")) {
                        ourMethods.merge(type + "." + frame.getMethod().getName(), 1, Integer::sum);
                    }
                }
            }
            byLayer.merge(charged == null ? "JDK only (no library frame)" : charged, 1, Integer::sum);
            onStack.forEach(layer -> anywhere.merge(layer, 1, Integer::sum));
        }
        System.out.printf("%d execution samples in %s%n%n| layer | self | share | anywhere on the stack |%n|---|---:|---:|---:|%n", samples,
                recording.getFileName());
        int total = samples;
        byLayer.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf("| %s | %d | %.1f %% | %.1f %% |%n", e.getKey(), e.getValue(),
                        100.0 * e.getValue() / total, 100.0 * anywhere.getOrDefault(e.getKey(), 0) / total));
        if (top > 0) {
            System.out.printf("%n| our method (self, after JDK frames) | samples |%n|---|---:|%n");
            ourMethods.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                    .forEach(e -> System.out.printf("| `%s` | %d |%n", e.getKey(), e.getValue()));
        }
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("jdk.")
                || type.startsWith("sun.") || type.startsWith("com.sun.");
    }

    private static String layerOf(String type) {
        for (String[] layer : LAYERS) {
            if (type.startsWith(layer[0])) {
                return layer[1];
            }
        }
        return "other library (" + type.substring(0, Math.max(0, type.lastIndexOf('.'))) + ")";
    }
}
