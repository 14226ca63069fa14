package se.rus.k8s;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An overlay as Kustomize renders it ({@code kubectl kustomize}), every resource read into its typed model: fabric8's
 * for Kubernetes' own kinds, Strimzi's for Kafka, fabric8's generic resource for CloudNativePG and its Barman Cloud
 * plugin, which publish no Java model. An API this class does not list fails the read, so a resource of an API the
 * tested operator versions do not serve cannot go unnoticed, nor can a field the typed model does not know.
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** An API a rendered resource may use, and what serves it in the versions the README names. */
    record Api(String apiVersion, String kind, Class<? extends HasMetadata> model, String servedBy) {
        String key() {
            return apiVersion + "/" + kind;
        }
    }

    private static final String KUBERNETES = "Kubernetes 1.27 and later (topology spread minDomains on by default)";
    private static final String STRIMZI = "Strimzi 0.49 to 1.2 (v1beta2 only up to 0.51)";
    private static final String CLOUDNATIVE_PG = "CloudNativePG 1.26 to 1.30";
    static final List<Api> SERVED = List.of(
            new Api("v1", "Namespace", Namespace.class, KUBERNETES),
            new Api("v1", "ConfigMap", ConfigMap.class, KUBERNETES),
            new Api("v1", "Secret", Secret.class, KUBERNETES),
            new Api("v1", "Service", Service.class, KUBERNETES),
            new Api("apps/v1", "Deployment", Deployment.class, KUBERNETES),
            new Api("policy/v1", "PodDisruptionBudget", PodDisruptionBudget.class, KUBERNETES),
            new Api("kafka.strimzi.io/v1", "Kafka", Kafka.class, STRIMZI),
            new Api("kafka.strimzi.io/v1", "KafkaNodePool", KafkaNodePool.class, STRIMZI),
            new Api("kafka.strimzi.io/v1", "KafkaTopic", KafkaTopic.class, STRIMZI),
            new Api("postgresql.cnpg.io/v1", "Cluster", GenericKubernetesResource.class, CLOUDNATIVE_PG),
            new Api("postgresql.cnpg.io/v1", "Database", GenericKubernetesResource.class, CLOUDNATIVE_PG),
            new Api("postgresql.cnpg.io/v1", "ScheduledBackup", GenericKubernetesResource.class, CLOUDNATIVE_PG),
            new Api("barmancloud.cnpg.io/v1", "ObjectStore", GenericKubernetesResource.class,
                    "CloudNativePG's Barman Cloud plugin 0.14 and later"));

    private static final Map<Path, Manifests> RENDERED = new ConcurrentHashMap<>();

    /**
     * Writes a typed model back with every field it knows, defaults and empty ones included, and without the fields
     * it only carried along (its additional properties).
     */
    private static final ObjectMapper KNOWN_FIELDS_ONLY = new ObjectMapper().setAnnotationIntrospector(
            new JacksonAnnotationIntrospector() {
                @Override
                public JsonInclude.Value findPropertyInclusion(Annotated annotated) {
                    return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
                }

                @Override
                public Boolean hasAnyGetter(Annotated annotated) {
                    return false;
                }

                @Override
                @SuppressWarnings("deprecation")
                public boolean hasAnyGetterAnnotation(AnnotatedMethod method) {
                    return false;
                }
            });

    final String overlay;
    final List<HasMetadata> resources;
    /** apiVersion/kind of every resource as rendered (a typed model reports its own default apiVersion). */
    final List<String> apis;
    /** Fields of the rendered YAML that the resource's typed model does not know, as path → resource. */
    final List<String> unknownFields;

    private Manifests(String overlay, List<HasMetadata> resources, List<String> apis, List<String> unknownFields) {
        this.overlay = overlay;
        this.resources = resources;
        this.apis = apis;
        this.unknownFields = unknownFields;
    }

    /** The overlay rendered once per test run. */
    static Manifests rendered(Path overlay) {
        return RENDERED.computeIfAbsent(overlay.toAbsolutePath().normalize(), Manifests::render);
    }

    private static Manifests render(Path overlay) {
        String yaml = Kubectl.kustomize(overlay);
        List<HasMetadata> resources = new ArrayList<>();
        List<String> apis = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(yaml)) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document != null && !document.isEmpty()) {
                    HasMetadata resource = typed((ObjectNode) document, overlay);
                    resources.add(resource);
                    apis.add(document.path("apiVersion").asText() + "/" + document.path("kind").asText());
                    if (!(resource instanceof GenericKubernetesResource)) {
                        String name = resource.getKind() + " " + resource.getMetadata().getName();
                        unknownFields(document, KNOWN_FIELDS_ONLY.valueToTree(resource), "", name, unknown);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl kustomize " + overlay + " did not print YAML", e);
        }
        return new Manifests(overlay.getFileName().toString(), resources, apis, unknown);
    }

    private static HasMetadata typed(ObjectNode document, Path overlay) throws IOException {
        String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Api api = SERVED.stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(
                overlay + " renders " + key + " " + document.path("metadata").path("name").asText()
                        + ", which no tested operator version serves (served: "
                        + SERVED.stream().map(Api::key).toList() + ")"));
        return YAML.treeToValue(document, api.model());
    }

    /** Every field of {@code rendered} must come back in {@code known}: what the model dropped, it did not know. */
    private static void unknownFields(JsonNode rendered, JsonNode known, String path, String resource, List<String> unknown) {
        if (rendered.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = rendered.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path + "." + field.getKey();
                if (known == null || !known.has(field.getKey())) {
                    unknown.add(resource + ": " + fieldPath.substring(1));
                } else {
                    unknownFields(field.getValue(), known.get(field.getKey()), fieldPath, resource, unknown);
                }
            }
        } else if (rendered.isArray()) {
            for (int i = 0; i < rendered.size(); i++) {
                unknownFields(rendered.get(i), known == null ? null : known.get(i), path + "[" + i + "]", resource, unknown);
            }
        }
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> all(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(
                overlay + ": no " + type.getSimpleName() + " " + name));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    GenericKubernetesResource only(String kind) {
        List<GenericKubernetesResource> all = all(kind);
        if (all.size() != 1) {
            throw new AssertionError(overlay + ": " + all.size() + " " + kind + " resources, expected one");
        }
        return all.get(0);
    }

    @Override
    public String toString() {
        return overlay;
    }

    /** {@code kubectl kustomize}, which carries Kustomize v5 since kubectl 1.27. */
    static final class Kubectl {

        static String kustomize(Path directory) {
            Path kubectl = find().orElseThrow(() -> new AssertionError(
                    (System.getProperty("rus.kubectl", "").isBlank() ? "kubectl is not installed (not on PATH)"
                            : "-Drus.kubectl=" + System.getProperty("rus.kubectl") + " is not an executable")
                            + ": these tests render the overlays with `kubectl kustomize`; install kubectl 1.27 or "
                            + "later (it carries Kustomize v5) or name it with -Drus.kubectl=/path/to/kubectl"));
            try {
                Path output = Files.createTempFile("kustomize", ".yaml");
                Path errors = Files.createTempFile("kustomize", ".err");
                try {
                    Process process = new ProcessBuilder(kubectl.toString(), "kustomize", directory.toString())
                            .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
                    if (!process.waitFor(120, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                        throw new AssertionError("kubectl kustomize " + directory + " took over two minutes");
                    }
                    if (process.exitValue() != 0) {
                        throw new AssertionError("kubectl kustomize " + directory + " failed: "
                                + Files.readString(errors, StandardCharsets.UTF_8));
                    }
                    return Files.readString(output, StandardCharsets.UTF_8);
                } finally {
                    Files.deleteIfExists(output);
                    Files.deleteIfExists(errors);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while rendering " + directory, e);
            }
        }

        private static Optional<Path> find() {
            String configured = System.getProperty("rus.kubectl", "");
            if (!configured.isBlank()) {
                return Optional.of(Path.of(configured)).filter(Files::isExecutable);
            }
            return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .filter(dir -> !dir.isBlank()).map(dir -> Path.of(dir, "kubectl"))
                    .filter(Files::isExecutable).findFirst();
        }
    }
}
