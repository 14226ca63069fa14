package se.rus.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Kubernetes manifests against the services' own configuration and the event catalogue. Kustomize itself
 * does not run here (no kubectl on the build machines), so the overlays are checked for what they name and
 * generate, and the resources they compose are read from the base and infrastructure directories.
 */
class ManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("rus.root", "../..")).toAbsolutePath().normalize();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final Manifests BASE = Manifests.in(K8S.resolve("base"));
    private static final Manifests INFRASTRUCTURE = Manifests.in(K8S.resolve("infrastructure"));
    private static final List<ServiceConfiguration> SERVICES = ServiceConfiguration.SERVICES.stream()
            .map(service -> ServiceConfiguration.of(ROOT, service)).toList();

    @Test
    void everyServiceRunsTwoReplicasOfANamedImage() {
        for (ServiceConfiguration service : SERVICES) {
            Deployment deployment = BASE.named(Deployment.class, service.name());
            Container container = onlyContainer(deployment);
            assertAll(service.name(),
                    () -> assertEquals(2, deployment.getSpec().getReplicas()),
                    () -> assertTrue(container.getImage().matches(Pattern.quote(service.imageRepository()) + ":[\\w.-]+"),
                            "the image Jib builds (" + service.imageRepository() + "), tagged: " + container.getImage()),
                    () -> assertEquals(deployment.getSpec().getSelector().getMatchLabels(),
                            subset(deployment.getSpec().getTemplate().getMetadata().getLabels(),
                                    deployment.getSpec().getSelector().getMatchLabels()), "selector matches the pods"));
        }
    }

    @Test
    void probesUseTheHealthPathsOnThePortTheServiceListensOn() {
        for (ServiceConfiguration service : SERVICES) {
            Container container = onlyContainer(BASE.named(Deployment.class, service.name()));
            List<ContainerPort> ports = container.getPorts();
            assertEquals(1, ports.size(), service.name());
            ContainerPort http = ports.get(0);
            assertEquals(service.httpPort(), http.getContainerPort(), service.name() + " listens on quarkus.http.port");
            assertAll(service.name(),
                    () -> assertProbe(container.getReadinessProbe(), "/q/health/ready", http),
                    () -> assertProbe(container.getLivenessProbe(), "/q/health/live", http));
        }
    }

    @Test
    void resourcesAreRequestedAndMemoryIsLimited() {
        for (ServiceConfiguration service : SERVICES) {
            var resources = onlyContainer(BASE.named(Deployment.class, service.name())).getResources();
            Quantity request = resources.getRequests().get("memory");
            Quantity limit = resources.getLimits().get("memory");
            assertAll(service.name(),
                    () -> assertNotNull(resources.getRequests().get("cpu"), "cpu request"),
                    () -> assertNotNull(request, "memory request"),
                    () -> assertNotNull(limit, "memory limit"),
                    () -> assertTrue(Quantity.getAmountInBytes(limit).compareTo(Quantity.getAmountInBytes(request)) >= 0,
                            "limit ≥ request"));
        }
    }

    @Test
    void everyEnvironmentNameAServiceReadsIsProvided() {
        Map<String, ConfigMap> configMaps = BASE.all(ConfigMap.class).stream()
                .collect(Collectors.toMap(map -> map.getMetadata().getName(), map -> map));
        for (ServiceConfiguration service : SERVICES) {
            Container container = onlyContainer(BASE.named(Deployment.class, service.name()));
            Set<String> provided = new TreeSet<>();
            container.getEnv().stream().map(EnvVar::getName).forEach(provided::add);
            for (EnvFromSource source : container.getEnvFrom()) {
                ConfigMap map = configMaps.get(source.getConfigMapRef().getName());
                assertNotNull(map, "ConfigMap " + source.getConfigMapRef().getName());
                provided.addAll(map.getData().keySet());
            }
            Set<String> missing = new TreeSet<>(service.environment());
            missing.removeAll(provided);
            assertTrue(missing.isEmpty(), service.name() + " reads " + missing + " but the Deployment does not set it");
        }
    }

    @Test
    void servicesAndDisruptionBudgetsSelectTheirDeployment() {
        for (ServiceConfiguration service : SERVICES) {
            Deployment deployment = BASE.named(Deployment.class, service.name());
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            Service kubeService = BASE.named(Service.class, service.name());
            PodDisruptionBudget budget = BASE.named(PodDisruptionBudget.class, service.name());
            assertAll(service.name(),
                    () -> assertEquals(kubeService.getSpec().getSelector(),
                            subset(podLabels, kubeService.getSpec().getSelector())),
                    () -> assertEquals("http", kubeService.getSpec().getPorts().get(0).getTargetPort().getStrVal()),
                    () -> assertEquals(budget.getSpec().getSelector().getMatchLabels(),
                            subset(podLabels, budget.getSpec().getSelector().getMatchLabels())),
                    () -> assertEquals(1, budget.getSpec().getMinAvailable().getIntVal(),
                            "one of the two replicas always serves"));
        }
    }

    @Test
    void topicsAreTheCatalogueOnesAndTheirDeadLetterTopics() throws IOException {
        Set<String> catalogue = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^## (rus\\.[a-z]+\\.v\\d+) ").matcher(
                Files.readString(ROOT.resolve("deploy/contracts/EVENTS.md")));
        while (heading.find()) {
            catalogue.add(heading.group(1));
        }
        assertEquals(3, catalogue.size(), "topics in EVENTS.md: " + catalogue);
        Set<String> expected = new TreeSet<>(catalogue);
        catalogue.forEach(topic -> expected.add(topic + ".dlq"));
        Map<String, KafkaTopic> topics = INFRASTRUCTURE.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(topic -> topic.getSpec().getTopicName(), topic -> topic));
        assertEquals(expected, topics.keySet());
        for (String topic : catalogue) {
            KafkaTopic kafkaTopic = topics.get(topic);
            assertAll(topic,
                    () -> assertTrue(kafkaTopic.getSpec().getPartitions() > 1, "several partitions for several consumers"),
                    () -> assertEquals(3, kafkaTopic.getSpec().getReplicas()),
                    () -> assertEquals(-1, ((Number) kafkaTopic.getSpec().getConfig().get("retention.ms")).intValue(),
                            "kept for ever: the read model is rebuilt by replaying"),
                    () -> assertEquals(2, ((Number) kafkaTopic.getSpec().getConfig().get("min.insync.replicas")).intValue()));
        }
        Set<String> consumed = new HashSet<>();
        SERVICES.forEach(service -> consumed.addAll(service.consumedTopics()));
        assertTrue(catalogue.containsAll(consumed), "the services consume " + consumed);
    }

    @Test
    void kafkaRunsThreeKraftNodesThatTheServicesReach() {
        Kafka kafka = INFRASTRUCTURE.named(Kafka.class, "rus-kafka");
        KafkaNodePool pool = INFRASTRUCTURE.all(KafkaNodePool.class).get(0);
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(listener -> !listener.isTls()).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals("rus-kafka", pool.getMetadata().getLabels().get("strimzi.io/cluster")),
                () -> assertEquals(3, pool.getSpec().getReplicas()),
                () -> assertEquals(Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER), Set.copyOf(pool.getSpec().getRoles())),
                () -> assertEquals("enabled", kafka.getMetadata().getAnnotations().get("strimzi.io/kraft")),
                () -> assertEquals(false, kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable")),
                () -> assertEquals("rus-kafka-kafka-bootstrap:" + plain.getPort(),
                        config().getData().get("KAFKA_BOOTSTRAP_SERVERS")));
        INFRASTRUCTURE.all(KafkaTopic.class).forEach(topic ->
                assertEquals("rus-kafka", topic.getMetadata().getLabels().get("strimzi.io/cluster"), topic.getMetadata().getName()));
    }

    @Test
    void postgresGivesEveryServiceItsOwnDatabaseOwnerAndBackups() {
        GenericKubernetesResource cluster = INFRASTRUCTURE.all("Cluster").get(0);
        String clusterName = cluster.getMetadata().getName();
        assertEquals(3, ((Number) spec(cluster).get("instances")).intValue());
        Map<String, String> roleSecrets = ((List<?>) ((Map<?, ?>) spec(cluster).get("managed")).get("roles")).stream()
                .map(role -> (Map<?, ?>) role)
                .collect(Collectors.toMap(role -> (String) role.get("name"),
                        role -> (String) ((Map<?, ?>) role.get("passwordSecret")).get("name")));
        Map<String, String> owners = INFRASTRUCTURE.all("Database").stream()
                .peek(database -> assertEquals(clusterName, ((Map<?, ?>) spec(database).get("cluster")).get("name")))
                .collect(Collectors.toMap(database -> (String) spec(database).get("name"),
                        database -> (String) spec(database).get("owner")));
        for (String service : ServiceConfiguration.SERVICES) {
            Container container = onlyContainer(BASE.named(Deployment.class, service + "-service"));
            Map<String, EnvVar> env = container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
            assertAll(service,
                    () -> assertEquals(service, owners.get(service), "database " + service + " owned by its own role"),
                    () -> assertEquals("jdbc:postgresql://" + clusterName + "-rw:5432/" + service,
                            env.get("RUS_DB_URL").getValue(), "writes go to the primary"),
                    () -> assertEquals(roleSecrets.get(service),
                            env.get("RUS_DB_PASSWORD").getValueFrom().getSecretKeyRef().getName()),
                    () -> assertEquals(roleSecrets.get(service),
                            env.get("RUS_DB_USER").getValueFrom().getSecretKeyRef().getName()));
        }
        GenericKubernetesResource backup = INFRASTRUCTURE.all("ScheduledBackup").get(0);
        assertEquals(clusterName, ((Map<?, ?>) spec(backup).get("cluster")).get("name"));
        assertFalse(((String) spec(backup).get("schedule")).isBlank());
    }

    @Test
    void theLocalOverlayRunsOneOfEachAndGeneratesEverySecretItNeeds() {
        Manifests.Kustomization local = Manifests.kustomization(K8S.resolve("overlays/local"));
        assertEquals(List.of("../../base", "../../infrastructure"), local.resourcePaths());
        Map<String, Integer> replicas = local.each("replicas")
                .collect(Collectors.toMap(r -> r.path("name").asText(), r -> r.path("count").asInt()));
        Map<String, Integer> expected = SERVICES.stream().collect(Collectors.toMap(ServiceConfiguration::name, s -> 1));
        assertEquals(expected, replicas);
        Set<String> generated = local.each("secretGenerator").map(s -> s.path("name").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(secretsTheServicesUse(), generated);
        for (Path patch : local.each("patches").map(p -> p.path("path")).filter(JsonNode::isTextual)
                .map(p -> K8S.resolve("overlays/local").resolve(p.asText())).toList()) {
            assertFalse(Manifests.read(patch).isEmpty(), patch + " patches typed resources");
        }
    }

    @Test
    void theProductionOverlayNamesEverySecretToCreateInTheReadme() throws IOException {
        Manifests.Kustomization production = Manifests.kustomization(K8S.resolve("overlays/production"));
        assertEquals(List.of("../../base", "../../infrastructure"), production.resourcePaths());
        Set<String> images = production.each("images").map(i -> i.path("name").asText()).collect(Collectors.toSet());
        SERVICES.forEach(service -> assertTrue(images.contains(
                onlyContainer(BASE.named(Deployment.class, service.name())).getImage().split(":")[0]), service.name()));
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertTrue(readme.contains("\n## Deploying"), "README has a Deploying section");
        String deploying = readme.substring(readme.indexOf("\n## Deploying"));
        Set<String> secrets = secretsTheServicesUse();
        secrets.add("rus-backup-s3");
        secrets.forEach(secret -> assertTrue(deploying.contains(secret), "README, Deploying, names secret " + secret));
    }

    private static Set<String> secretsTheServicesUse() {
        Set<String> secrets = new TreeSet<>();
        BASE.all(Deployment.class).forEach(deployment -> onlyContainer(deployment).getEnv().stream()
                .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                .forEach(env -> secrets.add(env.getValueFrom().getSecretKeyRef().getName())));
        return secrets;
    }

    private static ConfigMap config() {
        return BASE.named(ConfigMap.class, "rus-config");
    }

    private static Map<?, ?> spec(GenericKubernetesResource resource) {
        return (Map<?, ?>) resource.getAdditionalProperties().get("spec");
    }

    private static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), deployment.getMetadata().getName());
        return containers.get(0);
    }

    private static void assertProbe(Probe probe, String path, ContainerPort port) {
        assertNotNull(probe, path);
        HTTPGetAction get = probe.getHttpGet();
        assertEquals(path, get.getPath());
        assertEquals(port.getName(), get.getPort().getStrVal(), "probe on the named http port");
    }

    private static Map<String, String> subset(Map<String, String> labels, Map<String, String> keys) {
        return labels.entrySet().stream().filter(e -> keys.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
