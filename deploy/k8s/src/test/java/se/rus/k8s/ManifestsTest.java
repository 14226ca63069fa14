package se.rus.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.entityoperator.EntityOperatorTemplate;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePoolTemplate;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The overlays as {@code kubectl kustomize} renders them (what {@code kubectl apply -k} would send), checked against
 * the APIs the tested operator versions serve, the "restricted" Pod Security level, the connection budget, the
 * services' own configuration, the event catalogue and the README.
 */
class ManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("rus.root", "../..")).toAbsolutePath().normalize();
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final String NAMESPACE = "rus";
    private static final List<ServiceConfiguration> SERVICES = ServiceConfiguration.SERVICES.stream()
            .map(service -> ServiceConfiguration.of(ROOT, service)).toList();

    static Manifests production() {
        return Manifests.rendered(K8S.resolve("overlays/production"));
    }

    static Manifests local() {
        return Manifests.rendered(K8S.resolve("overlays/local"));
    }

    static Stream<Named<Manifests>> overlays() {
        return Stream.of(Named.of("production", production()), Named.of("local", local()));
    }

    private static boolean isProduction(Manifests overlay) {
        return overlay.overlay.equals("production");
    }

    // --- APIs and fields ---

    @ParameterizedTest
    @MethodSource("overlays")
    void everyResourceUsesAnApiTheTestedOperatorVersionsServeAndOnlyFieldsItKnows(Manifests overlay) {
        Set<String> served = Manifests.SERVED.stream().map(Manifests.Api::key).collect(Collectors.toSet());
        assertEquals(overlay.resources.size(), overlay.apis.size());
        overlay.apis.forEach(api -> assertTrue(served.contains(api), api));
        assertEquals(8, overlay.apis.stream().filter(api -> api.startsWith("kafka.strimzi.io/v1/")).count(),
                "the Kafka, its node pool and six topics, all kafka.strimzi.io/v1 (Strimzi 1.0 removed v1beta2)");
        assertEquals(List.of(), overlay.unknownFields, "fields the typed models do not know (typos, removed fields)");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void noResourceCarriesAnAnnotationStrimziIgnores(Manifests overlay) {
        for (HasMetadata resource : overlay.resources) {
            Map<String, String> annotations = resource.getMetadata().getAnnotations();
            if (annotations != null) {
                // KRaft and node pools are all Strimzi 0.48+ knows; these two switches are ignored since then
                assertFalse(annotations.containsKey("strimzi.io/kraft"), resource.getMetadata().getName());
                assertFalse(annotations.containsKey("strimzi.io/node-pools"), resource.getMetadata().getName());
            }
        }
    }

    // --- Pod security and resources ---

    @ParameterizedTest
    @MethodSource("overlays")
    void everythingRunsInANamespaceThatEnforcesTheRestrictedLevel(Manifests overlay) {
        Namespace namespace = overlay.named(Namespace.class, NAMESPACE);
        assertEquals("restricted", namespace.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
        overlay.resources.stream().filter(resource -> !(resource instanceof Namespace)).forEach(resource ->
                assertEquals(NAMESPACE, resource.getMetadata().getNamespace(),
                        resource.getKind() + " " + resource.getMetadata().getName()));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodMeetsTheRestrictedPodSecurityLevel(Manifests overlay) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : overlay.all(Deployment.class)) {
            violations.addAll(RestrictedPodSecurity.violations(deployment.getMetadata().getName(),
                    deployment.getSpec().getTemplate().getSpec()));
        }
        KafkaNodePoolTemplate kafkaNodes = onlyNodePool(overlay).getSpec().getTemplate();
        violations.addAll(RestrictedPodSecurity.violations("Kafka node",
                kafkaNodes == null || kafkaNodes.getPod() == null ? null : kafkaNodes.getPod().getSecurityContext(),
                Map.of("kafka", containerContext(kafkaNodes == null ? null : kafkaNodes.getKafkaContainer()))));
        EntityOperatorTemplate entityOperator = kafka(overlay).getSpec().getEntityOperator().getTemplate();
        violations.addAll(RestrictedPodSecurity.violations("Kafka entity operator",
                entityOperator == null || entityOperator.getPod() == null ? null : entityOperator.getPod().getSecurityContext(),
                Map.of("topic-operator", containerContext(entityOperator == null ? null
                        : entityOperator.getTopicOperatorContainer()))));
        assertEquals(List.of(), violations);
        // CloudNativePG builds restricted pods itself; the seccomp profile is the one choice left to the Cluster
        assertEquals("RuntimeDefault", Yaml.at(overlay.only("Cluster"), "spec", "seccompProfile", "type"));
    }

    private static SecurityContext containerContext(io.strimzi.api.kafka.model.common.template.ContainerTemplate template) {
        return template == null ? null : template.getSecurityContext();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyWorkloadRequestsAndLimitsCpuAndMemory(Manifests overlay) {
        Map<String, ResourceRequirements> workloads = new java.util.LinkedHashMap<>();
        overlay.all(Deployment.class).forEach(deployment -> deployment.getSpec().getTemplate().getSpec().getContainers()
                .forEach(container -> workloads.put(deployment.getMetadata().getName() + "/" + container.getName(),
                        container.getResources())));
        workloads.put("Kafka nodes", onlyNodePool(overlay).getSpec().getResources());
        workloads.put("Kafka topic operator", kafka(overlay).getSpec().getEntityOperator().getTopicOperator().getResources());
        workloads.put("PostgreSQL instances", Yaml.at(overlay.only("Cluster"), ResourceRequirements.class, "spec", "resources"));
        overlay.all("ObjectStore").forEach(store -> workloads.put("Barman Cloud sidecar", Yaml.at(store,
                ResourceRequirements.class, "spec", "instanceSidecarConfiguration", "resources")));
        workloads.forEach((workload, resources) -> {
            assertNotNull(resources, workload + " has no resources");
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = resources.getRequests().get(resource);
                Quantity limit = resources.getLimits().get(resource);
                assertNotNull(request, workload + " requests " + resource);
                assertNotNull(limit, workload + " limits " + resource);
                assertTrue(Quantity.getAmountInBytes(limit).compareTo(Quantity.getAmountInBytes(request)) >= 0,
                        workload + ": " + resource + " limit ≥ request");
            }
        });
    }

    // --- Connection budget ---

    @ParameterizedTest
    @MethodSource("overlays")
    void theServicesPoolsFitIntoMaxConnectionsEvenWhileAllFourRollOut(Manifests overlay) {
        ConnectionBudget budget = ConnectionBudget.of(overlay);
        assertEquals(SERVICES.size(), budget.pools().size(), "every service's pool is counted: " + budget);
        assertTrue(budget.holds(), overlay + ": " + budget);
    }

    @Test
    void theBudgetCountsEveryReplicaSoThreeOfEachWouldNotFit() {
        ConnectionBudget budget = ConnectionBudget.of(production()).scaledTo(3);
        assertFalse(budget.holds(), "three replicas of every service need a larger max_connections: " + budget);
    }

    @Test
    void theReadmeStatesTheProductionBudget() throws IOException {
        ConnectionBudget budget = ConnectionBudget.of(production());
        String deploying = readmeDeploying();
        assertTrue(deploying.contains("max_connections") && deploying.contains(String.valueOf(budget.maxConnections()))
                && deploying.contains(String.valueOf(budget.worstCase())), "README, Deploying, states " + budget);
        for (ConnectionBudget.Pool pool : budget.pools()) {
            assertTrue(deploying.contains("QUARKUS_DATASOURCE_JDBC_MAX_SIZE") && deploying.contains(String.valueOf(pool.size())),
                    "README, Deploying, states the pool size of " + pool.service());
        }
    }

    // --- Images ---

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceRunsItsOwnImage(Manifests overlay) {
        for (ServiceConfiguration service : SERVICES) {
            Deployment deployment = overlay.named(Deployment.class, service.name());
            Container container = onlyContainer(deployment);
            assertAll(service.name(),
                    () -> assertEquals(isProduction(overlay) ? 2 : 1, deployment.getSpec().getReplicas()),
                    () -> assertTrue(container.getImage().matches(Pattern.quote(service.imageRepository()) + ":[\\w.-]+"),
                            "the image Jib builds (" + service.imageRepository() + "), tagged: " + container.getImage()),
                    () -> assertEquals(deployment.getSpec().getSelector().getMatchLabels(),
                            subset(deployment.getSpec().getTemplate().getMetadata().getLabels(),
                                    deployment.getSpec().getSelector().getMatchLabels()), "selector matches the pods"));
        }
    }

    @Test
    void productionDeploysTheReleaseOfTheseManifestsNeverASnapshot() throws IOException {
        String release = projectVersion().replace("-SNAPSHOT", "");
        for (Deployment deployment : production().all(Deployment.class)) {
            String image = onlyContainer(deployment).getImage();
            assertEquals(release, image.substring(image.lastIndexOf(':') + 1),
                    deployment.getMetadata().getName() + " runs the release " + release + ": " + image);
            assertFalse(image.contains("SNAPSHOT"), image);
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresqlRunsTheMinorReleaseTheTestsRunAgainst(Manifests overlay) throws IOException {
        String image = (String) Yaml.at(overlay.only("Cluster"), "spec", "imageName");
        Matcher binaries = Pattern.compile("<postgres-binaries.version>(\\d+\\.\\d+)\\.\\d+</postgres-binaries.version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertTrue(binaries.find(), "postgres-binaries.version in the root pom");
        assertTrue(image.matches("ghcr\\.io/cloudnative-pg/postgresql:" + Pattern.quote(binaries.group(1)) + "([-@].+)?"),
                "pinned to PostgreSQL " + binaries.group(1) + " (a minor release, not a floating major tag): " + image);
    }

    // --- Health, metrics, ports, environment ---

    @ParameterizedTest
    @MethodSource("overlays")
    void healthAndMetricsAreOnTheManagementPortWhichNoServiceExposes(Manifests overlay) {
        int management = Integer.parseInt(config(overlay).getData().get("QUARKUS_MANAGEMENT_PORT"));
        for (ServiceConfiguration service : SERVICES) {
            Deployment deployment = overlay.named(Deployment.class, service.name());
            Container container = onlyContainer(deployment);
            Map<String, Integer> ports = container.getPorts().stream()
                    .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
            Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
            Service kubeService = overlay.named(Service.class, service.name());
            assertAll(service.name(),
                    () -> assertEquals(Map.of("http", service.httpPort(), "management", management), ports,
                            "the API on quarkus.http.port, health and metrics on QUARKUS_MANAGEMENT_PORT"),
                    () -> assertProbe(container.getReadinessProbe(), "/q/health/ready"),
                    () -> assertProbe(container.getLivenessProbe(), "/q/health/live"),
                    () -> assertProbe(container.getStartupProbe(), "/q/health/started"),
                    () -> assertEquals("true", annotations.get("prometheus.io/scrape")),
                    () -> assertEquals(String.valueOf(management), annotations.get("prometheus.io/port")),
                    () -> assertEquals("/q/metrics", annotations.get("prometheus.io/path")));
            for (ServicePort port : kubeService.getSpec().getPorts()) {
                assertEquals("http", port.getTargetPort().getStrVal(), service.name() + ": the Service carries the API only");
            }
        }
    }

    @Test
    void theReadmeBuildsTheImagesWithTheManagementInterfaceTheProbesUse() throws IOException {
        String deploying = readmeDeploying();
        Matcher build = Pattern.compile("`\\./mvnw package [^`]*-Dquarkus\\.container-image\\.build=true[^`]*`").matcher(deploying);
        assertTrue(build.find(), "README, Deploying, has the image build command");
        assertTrue(build.group().contains("-Dquarkus.management.enabled=true"),
                "the images must be built with the management interface (a build-time property): " + build.group());
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyEnvironmentNameAServiceReadsIsProvided(Manifests overlay) {
        Map<String, ConfigMap> configMaps = overlay.all(ConfigMap.class).stream()
                .collect(Collectors.toMap(map -> map.getMetadata().getName(), map -> map));
        for (ServiceConfiguration service : SERVICES) {
            Container container = onlyContainer(overlay.named(Deployment.class, service.name()));
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

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesAndDisruptionBudgetsSelectTheirDeployment(Manifests overlay) {
        for (ServiceConfiguration service : SERVICES) {
            Deployment deployment = overlay.named(Deployment.class, service.name());
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            Service kubeService = overlay.named(Service.class, service.name());
            PodDisruptionBudget budget = overlay.named(PodDisruptionBudget.class, service.name());
            assertAll(service.name(),
                    () -> assertEquals(kubeService.getSpec().getSelector(), subset(podLabels, kubeService.getSpec().getSelector())),
                    () -> assertEquals(budget.getSpec().getSelector().getMatchLabels(),
                            subset(podLabels, budget.getSpec().getSelector().getMatchLabels())),
                    // one of two replicas always serves; a single replica must not block a node drain
                    () -> assertEquals(isProduction(overlay) ? 1 : 0, budget.getSpec().getMinAvailable().getIntVal()));
        }
    }

    // --- Kafka ---

    @ParameterizedTest
    @MethodSource("overlays")
    void topicsAreTheCatalogueOnesAndTheirDeadLetterTopics(Manifests overlay) throws IOException {
        Set<String> catalogue = new TreeSet<>();
        Matcher heading = Pattern.compile("(?m)^## (rus\\.[a-z]+\\.v\\d+) ").matcher(
                Files.readString(ROOT.resolve("deploy/contracts/EVENTS.md")));
        while (heading.find()) {
            catalogue.add(heading.group(1));
        }
        assertEquals(3, catalogue.size(), "topics in EVENTS.md: " + catalogue);
        Set<String> expected = new TreeSet<>(catalogue);
        catalogue.forEach(topic -> expected.add(topic + ".dlq"));
        Map<String, KafkaTopic> topics = overlay.all(KafkaTopic.class).stream()
                .collect(Collectors.toMap(topic -> topic.getSpec().getTopicName(), Function.identity()));
        assertEquals(expected, topics.keySet());
        int replicas = isProduction(overlay) ? 3 : 1;
        for (String topic : catalogue) {
            KafkaTopic kafkaTopic = topics.get(topic);
            assertAll(topic,
                    () -> assertTrue(kafkaTopic.getSpec().getPartitions() > 1, "several partitions for several consumers"),
                    () -> assertEquals(replicas, kafkaTopic.getSpec().getReplicas()),
                    () -> assertEquals(-1, ((Number) kafkaTopic.getSpec().getConfig().get("retention.ms")).intValue(),
                            "kept for ever: the read model is rebuilt by replaying"),
                    () -> assertEquals(replicas == 3 ? 2 : 1,
                            ((Number) kafkaTopic.getSpec().getConfig().get("min.insync.replicas")).intValue()));
        }
        Set<String> consumed = new HashSet<>();
        SERVICES.forEach(service -> consumed.addAll(service.consumedTopics()));
        assertTrue(catalogue.containsAll(consumed), "the services consume " + consumed);
        overlay.all(KafkaTopic.class).forEach(topic -> assertEquals(kafka(overlay).getMetadata().getName(),
                topic.getMetadata().getLabels().get("strimzi.io/cluster"), topic.getMetadata().getName()));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void kafkaRunsKraftNodesOneToANodeThatTheServicesReach(Manifests overlay) {
        Kafka kafka = kafka(overlay);
        KafkaNodePool pool = onlyNodePool(overlay);
        GenericKafkaListener plain = kafka.getSpec().getKafka().getListeners().stream()
                .filter(listener -> !listener.isTls()).findFirst().orElseThrow();
        List<TopologySpreadConstraint> spread = pool.getSpec().getTemplate().getPod().getTopologySpreadConstraints();
        // the labels Strimzi gives every pod of the pool
        Map<String, String> poolPods = Map.of("strimzi.io/cluster", kafka.getMetadata().getName(),
                "strimzi.io/pool-name", pool.getMetadata().getName());
        assertAll(
                () -> assertEquals(kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster")),
                () -> assertEquals(isProduction(overlay) ? 3 : 1, pool.getSpec().getReplicas()),
                () -> assertEquals(Set.of(ProcessRoles.CONTROLLER, ProcessRoles.BROKER), Set.copyOf(pool.getSpec().getRoles())),
                () -> assertEquals(false, kafka.getSpec().getKafka().getConfig().get("auto.create.topics.enable")),
                () -> assertEquals("rus-kafka-kafka-bootstrap:" + plain.getPort(),
                        config(overlay).getData().get("KAFKA_BOOTSTRAP_SERVERS")),
                () -> assertEquals(1, spread.size(), "one topology spread"),
                () -> assertEquals("kubernetes.io/hostname", spread.get(0).getTopologyKey()),
                () -> assertEquals("DoNotSchedule", spread.get(0).getWhenUnsatisfiable(),
                        "a second Kafka node on the same host would make losing that host lose two"),
                () -> assertEquals(1, spread.get(0).getMaxSkew()),
                () -> assertTrue(spread.get(0).getMinDomains() >= 3 || pool.getSpec().getReplicas() == 1,
                        "with fewer hosts than nodes a pod waits instead of doubling up"),
                () -> assertEquals(spread.get(0).getLabelSelector().getMatchLabels(),
                        subset(poolPods, spread.get(0).getLabelSelector().getMatchLabels()), "selects the pool's pods"));
    }

    // --- PostgreSQL ---

    @ParameterizedTest
    @MethodSource("overlays")
    void postgresGivesEveryServiceItsOwnDatabaseAndOwner(Manifests overlay) {
        GenericKubernetesResource cluster = overlay.only("Cluster");
        String clusterName = cluster.getMetadata().getName();
        int instances = ((Number) Yaml.at(cluster, "spec", "instances")).intValue();
        assertEquals(isProduction(overlay) ? 3 : 1, instances);
        Map<String, String> roleSecrets = roleSecrets(cluster);
        Map<String, String> owners = overlay.all("Database").stream()
                .peek(database -> assertEquals(clusterName, Yaml.at(database, "spec", "cluster", "name")))
                .collect(Collectors.toMap(database -> (String) Yaml.at(database, "spec", "name"),
                        database -> (String) Yaml.at(database, "spec", "owner")));
        for (String service : ServiceConfiguration.SERVICES) {
            Container container = onlyContainer(overlay.named(Deployment.class, service + "-service"));
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
        // the operator's primary PodDisruptionBudget would keep a single instance's node from draining
        Object enablePdb = Yaml.at(cluster, "spec", "enablePDB");
        assertEquals(instances > 1, enablePdb == null || Boolean.TRUE.equals(enablePdb), "enablePDB: " + enablePdb);
    }

    @Test
    void theLocalOverlayGeneratesTheRoleSecretsAsCloudNativePgReadsThem() {
        Manifests local = local();
        Map<String, String> roleSecrets = roleSecrets(local.only("Cluster"));
        assertEquals(new TreeSet<>(roleSecrets.values()), secretsTheServicesUse(local));
        roleSecrets.forEach((role, secretName) -> {
            Secret secret = local.named(Secret.class, secretName);
            assertAll(secretName,
                    () -> assertEquals("kubernetes.io/basic-auth", secret.getType()),
                    () -> assertEquals(role, decoded(secret, "username"), "username is the role's name exactly"),
                    () -> assertFalse(decoded(secret, "password").isBlank()),
                    () -> assertEquals("true", secret.getMetadata().getLabels().get("cnpg.io/reload"),
                            "a changed password reaches the role"));
        });
    }

    @Test
    void productionBacksUpAtOnceAndNightlyToAConfigurableObjectStore() {
        Manifests production = production();
        GenericKubernetesResource cluster = production.only("Cluster");
        GenericKubernetesResource backup = production.only("ScheduledBackup");
        GenericKubernetesResource store = production.only("ObjectStore");
        List<?> plugins = (List<?>) Yaml.at(cluster, "spec", "plugins");
        Map<?, ?> barman = (Map<?, ?>) plugins.get(0);
        assertAll(
                () -> assertEquals("barman-cloud.cloudnative-pg.io", barman.get("name")),
                () -> assertEquals(true, barman.get("isWALArchiver")),
                () -> assertEquals(store.getMetadata().getName(), ((Map<?, ?>) barman.get("parameters")).get("barmanObjectName")),
                () -> assertEquals(cluster.getMetadata().getName(), Yaml.at(backup, "spec", "cluster", "name")),
                () -> assertEquals("plugin", Yaml.at(backup, "spec", "method")),
                () -> assertEquals(true, Yaml.at(backup, "spec", "immediate"), "a base backup at once, not first at 02:00"),
                () -> assertFalse(((String) Yaml.at(backup, "spec", "schedule")).isBlank()),
                () -> assertTrue(((String) Yaml.at(store, "spec", "configuration", "destinationPath")).startsWith("s3://")),
                () -> assertTrue(String.valueOf(Yaml.at(store, "spec", "configuration", "endpointURL")).startsWith("https://"),
                        "the S3 endpoint is named, so an S3-compatible store is one field away"));
        Manifests local = local();
        assertTrue(local.all("ScheduledBackup").isEmpty() && local.all("ObjectStore").isEmpty(), "no backups locally");
        assertEquals(List.of(), Yaml.at(local.only("Cluster"), "spec", "plugins"));
    }

    // --- README ---

    @Test
    void theReadmeNamesEverySecretToCreateAndEveryPrerequisite() throws IOException {
        Manifests production = production();
        assertTrue(production.all(Secret.class).isEmpty(), "production Secrets are created out of band, never rendered");
        String deploying = readmeDeploying();
        Set<String> secrets = secretsTheServicesUse(production);
        secrets.add((String) Yaml.at(production.only("ObjectStore"), "spec", "configuration", "s3Credentials",
                "accessKeyId", "name"));
        secrets.forEach(secret -> assertTrue(deploying.contains(secret), "README, Deploying, names secret " + secret));
        for (String needed : List.of("cnpg.io/reload", "cert-manager", "Strimzi 0.49", "CloudNativePG 1.26", NAMESPACE)) {
            assertTrue(deploying.contains(needed), "README, Deploying, says " + needed);
        }
    }

    private static String readmeDeploying() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int start = readme.indexOf("\n## Deploying");
        assertTrue(start >= 0, "README has a Deploying section");
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String projectVersion() throws IOException {
        Matcher version = Pattern.compile("</parent>|<artifactId>rus-suite</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (version.find()) {
            if (version.group(1) != null) {
                return version.group(1);
            }
        }
        throw new AssertionError("no version in the root pom");
    }

    private static Map<String, String> roleSecrets(GenericKubernetesResource cluster) {
        return ((List<?>) Yaml.at(cluster, "spec", "managed", "roles")).stream().map(role -> (Map<?, ?>) role)
                .collect(Collectors.toMap(role -> (String) role.get("name"),
                        role -> (String) ((Map<?, ?>) role.get("passwordSecret")).get("name")));
    }

    private static Set<String> secretsTheServicesUse(Manifests overlay) {
        Set<String> secrets = new TreeSet<>();
        overlay.all(Deployment.class).forEach(deployment -> onlyContainer(deployment).getEnv().stream()
                .filter(env -> env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null)
                .forEach(env -> secrets.add(env.getValueFrom().getSecretKeyRef().getName())));
        return secrets;
    }

    private static String decoded(Secret secret, String key) {
        return new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }

    private static Kafka kafka(Manifests overlay) {
        return overlay.named(Kafka.class, "rus-kafka");
    }

    private static KafkaNodePool onlyNodePool(Manifests overlay) {
        List<KafkaNodePool> pools = overlay.all(KafkaNodePool.class);
        assertEquals(1, pools.size(), overlay + ": node pools");
        return pools.get(0);
    }

    private static ConfigMap config(Manifests overlay) {
        return overlay.named(ConfigMap.class, "rus-config");
    }

    private static Container onlyContainer(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), deployment.getMetadata().getName());
        return containers.get(0);
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("management", probe.getHttpGet().getPort().getStrVal(), path + " on the named management port");
    }

    private static Map<String, String> subset(Map<String, String> labels, Map<String, String> keys) {
        return labels.entrySet().stream().filter(e -> keys.containsKey(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
