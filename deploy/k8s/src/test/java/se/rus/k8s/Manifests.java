package se.rus.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every manifest of a directory read into its typed model: fabric8's for Kubernetes' own kinds, Strimzi's for
 * Kafka, and fabric8's generic resource for CloudNativePG, which publishes no Java model. A kind this class does
 * not know fails the read, so a new manifest cannot go unchecked.
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "kafka.strimzi.io/v1beta2/Kafka", Kafka.class,
            "kafka.strimzi.io/v1beta2/KafkaNodePool", KafkaNodePool.class,
            "kafka.strimzi.io/v1beta2/KafkaTopic", KafkaTopic.class);
    private static final List<String> GENERIC = List.of(
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database", "postgresql.cnpg.io/v1/ScheduledBackup",
            "barmancloud.cnpg.io/v1/ObjectStore");

    final List<HasMetadata> resources;

    private Manifests(List<HasMetadata> resources) {
        this.resources = resources;
    }

    /** The resources of every manifest in {@code directory} (not its kustomization or patches elsewhere). */
    static Manifests in(Path directory) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Path file : kustomization(directory).resources(directory)) {
            resources.addAll(read(file));
        }
        return new Manifests(resources);
    }

    static List<HasMetadata> read(Path file) {
        List<HasMetadata> resources = new ArrayList<>();
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document != null && !document.isEmpty()) {
                    resources.add(typed((ObjectNode) document, file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not YAML", e);
        }
        return resources;
    }

    private static HasMetadata typed(ObjectNode document, Path file) throws IOException {
        String kind = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        if (TYPED.containsKey(kind)) {
            return YAML.treeToValue(document, TYPED.get(kind));
        }
        if (GENERIC.contains(kind)) {
            return YAML.treeToValue(document, GenericKubernetesResource.class);
        }
        throw new AssertionError(file + ": no model known for " + kind);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<GenericKubernetesResource> all(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    static Kustomization kustomization(Path directory) {
        try {
            return new Kustomization(YAML.readTree(directory.resolve("kustomization.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parts of a kustomization.yaml the checks need. */
    record Kustomization(JsonNode root) {

        List<String> resourcePaths() {
            return texts(root.path("resources"));
        }

        /** Manifest files, following directory entries into their own kustomization. */
        List<Path> resources(Path directory) {
            List<Path> files = new ArrayList<>();
            for (String entry : resourcePaths()) {
                Path path = directory.resolve(entry).normalize();
                if (Files.isDirectory(path)) {
                    files.addAll(kustomization(path).resources(path));
                } else {
                    files.add(path);
                }
            }
            return files;
        }

        Stream<JsonNode> each(String field) {
            List<JsonNode> nodes = new ArrayList<>();
            root.path(field).forEach(nodes::add);
            return nodes.stream();
        }

        private static List<String> texts(JsonNode array) {
            List<String> texts = new ArrayList<>();
            array.forEach(node -> texts.add(node.asText()));
            return texts;
        }
    }
}
