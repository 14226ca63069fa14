package se.rus.localstack;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The published event contract, {@code deploy/contracts/events.asyncapi.yaml}: which event types a service's code can
 * write, whether each is documented there, and whether an envelope validates against its message's schema
 * (the CloudEvents envelope with the type's payload schema). AsyncAPI schemas are JSON Schema draft 07.
 */
public final class EventContract {

    /** How every RUS event type is spelled, e.g. {@code se.rus.planning.ActivityPlanned.v1}. */
    public static final Pattern TYPE = Pattern.compile("se\\.rus\\.(planning|finance|followup)\\.[A-Z][A-Za-z]+\\.v[0-9]+");
    private static final String DOCUMENT = "https://rus.example/contract/events.asyncapi.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> messageByType = new TreeMap<>();
    private final SchemaRegistry registry;

    private EventContract(JsonNode document) {
        document.path("components").path("messages").properties().forEach(message -> {
            if (message.getValue().has("payload")) {
                messageByType.put(message.getValue().path("name").asString(), message.getKey());
            }
        });
        String json = JSON.writeValueAsString(document);
        registry = SchemaRegistry.withDefaultDialect(Dialects.getDraft7(), builder -> builder
                .schemas(Map.of(DOCUMENT, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The committed document of this checkout. */
    public static EventContract committed() {
        Path file = CommittedContract.contractsDirectory().resolve("events.asyncapi.yaml");
        try {
            return new EventContract(YAMLMapper.builder().build().readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event types the document describes with a payload (a message's {@code name} is its CloudEvents type). */
    public Set<String> documentedTypes() {
        return Set.copyOf(messageByType.keySet());
    }

    /**
     * Every event type named in the compiled code under {@code classes} (a module's {@code target/classes}):
     * the type constants a publish call uses, read from the class files' constant pools, so a type added anywhere
     * in the code is found without anyone listing it.
     */
    public static Set<String> typesInCompiledCode(Path classes) {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                // constant-pool strings are (modified) UTF-8; a type name is plain ASCII, so Latin-1 keeps it intact
                Matcher matcher = TYPE.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (matcher.find()) {
                    types.add(matcher.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (types.isEmpty()) {
            throw new AssertionError("no event type found in " + classes.toAbsolutePath());
        }
        return types;
    }

    /** The types of {@code types} the document lacks. */
    public List<String> undocumented(Set<String> types) {
        return types.stream().filter(type -> !messageByType.containsKey(type)).sorted().toList();
    }

    /** What is wrong with one structured-mode envelope (JSON text) against the message of its {@code type}. */
    public List<String> violations(String envelope) {
        String type = JSON.readTree(envelope).path("type").asString("");
        String message = messageByType.get(type);
        if (message == null) {
            return List.of("type " + type + " is not in events.asyncapi.yaml");
        }
        Schema schema = registry.getSchema(SchemaLocation.of(DOCUMENT + "#/components/messages/" + message + "/payload"));
        List<String> violations = new ArrayList<>();
        schema.validate(envelope, InputFormat.JSON).forEach(error -> violations.add(type + " " + error.getMessage()));
        return violations;
    }

    /**
     * The check each producing service runs: every event type in its compiled code is documented; its own types
     * are exactly those of {@code payloads} (type to the payload record the code publishes with it); a filled
     * instance of each record, wrapped by {@code envelope} (type, payload to the JSON the outbox would store) the
     * way the service's {@code EventPublisher} does it, validates against its message; and so does every envelope
     * this test JVM's outbox really holds ({@code written}).
     */
    public static void assertKeptBy(String service, Map<String, Class<?>> payloads, BiFunction<String, Object, String> envelope,
                                    List<String> written) {
        EventContract contract = committed();
        Set<String> inCode = typesInCompiledCode(Path.of("target", "classes"));
        List<String> failures = new ArrayList<>();
        contract.undocumented(inCode).forEach(type ->
                failures.add(type + " can be written by the code but events.asyncapi.yaml has no message for it"));
        String own = "se.rus." + service.replace("-service", "") + ".";
        Set<String> ownTypes = new TreeSet<>(inCode.stream().filter(type -> type.startsWith(own)).toList());
        if (!ownTypes.equals(new TreeSet<>(payloads.keySet()))) {
            failures.add("the types in the code " + ownTypes + " differ from the types mapped to a payload record "
                    + new TreeSet<>(payloads.keySet()) + ": map each new type to the record it publishes");
        }
        int samples = 0;
        for (Map.Entry<String, Class<?>> payload : new TreeMap<>(payloads).entrySet()) {
            for (Object sample : SamplePayloads.of(payload.getValue())) {
                failures.addAll(contract.violations(envelope.apply(payload.getKey(), sample)));
                samples++;
            }
        }
        for (String real : written) {
            contract.violations(real).forEach(violation -> failures.add("written by a test: " + violation));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " event contract failure(s) of " + service + ":\n"
                    + String.join("\n", new TreeSet<>(failures)));
        }
        System.out.printf("%s: %d event types documented, %d built payloads and %d written envelopes valid%n",
                service, ownTypes.size(), samples, written.size());
    }
}
