package se.rus.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The most connections the services can hold on the PostgreSQL cluster at once, read from the rendered manifests,
 * against its {@code max_connections}. During a rolling update a Deployment starts up to {@code maxSurge} new pods
 * and a replaced pod keeps its connections until it has shut down, so each replica is counted with its surge:
 * replicas × (1 + maxSurge) × pool size, for every service at once, plus the connections PostgreSQL keeps for
 * superusers (the operator's own sessions among them).
 */
record ConnectionBudget(List<Pool> pools, int superuserReserved, int reserved, int maxConnections) {

    /** One service's share: its pods during a rollout times the connections each may open. */
    record Pool(String service, int replicas, int surge, int size) {
        int worstCase() {
            return replicas * (1 + surge) * size;
        }

        @Override
        public String toString() {
            return service + " " + replicas + " × (1 + " + surge + ") × " + size + " = " + worstCase();
        }
    }

    static ConnectionBudget of(Manifests manifests) {
        GenericKubernetesResource cluster = manifests.only("Cluster");
        String primary = "//" + cluster.getMetadata().getName() + "-rw:";
        Map<String, ConfigMap> configMaps = manifests.all(ConfigMap.class).stream()
                .collect(Collectors.toMap(map -> map.getMetadata().getName(), map -> map));
        List<Pool> pools = manifests.all(Deployment.class).stream()
                .filter(deployment -> environment(deployment, configMaps).getOrDefault("RUS_DB_URL", "").contains(primary))
                .map(deployment -> pool(deployment, configMaps)).toList();
        Map<?, ?> parameters = (Map<?, ?>) ((Map<?, ?>) Yaml.at(cluster, "spec", "postgresql")).get("parameters");
        int max = Integer.parseInt(String.valueOf(Optional.ofNullable(parameters.get("max_connections"))
                .orElseThrow(() -> new AssertionError(manifests + ": the Cluster sets no max_connections"))));
        // PostgreSQL's defaults where the manifests leave them
        int superuserReserved = Integer.parseInt(String.valueOf(parameters.containsKey("superuser_reserved_connections")
                ? parameters.get("superuser_reserved_connections") : "3"));
        int reserved = Integer.parseInt(String.valueOf(parameters.containsKey("reserved_connections")
                ? parameters.get("reserved_connections") : "0"));
        return new ConnectionBudget(pools, superuserReserved, reserved, max);
    }

    private static Pool pool(Deployment deployment, Map<String, ConfigMap> configMaps) {
        String name = deployment.getMetadata().getName();
        String size = environment(deployment, configMaps).get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        if (size == null) {
            throw new AssertionError(name + " sets no QUARKUS_DATASOURCE_JDBC_MAX_SIZE: its pool size is not budgeted");
        }
        int replicas = deployment.getSpec().getReplicas();
        return new Pool(name, replicas, surge(deployment.getSpec().getStrategy(), replicas), Integer.parseInt(size));
    }

    /** Pods a rollout adds beside the replicas: maxSurge, or its percentage of the replicas rounded up. */
    private static int surge(DeploymentStrategy strategy, int replicas) {
        if (strategy != null && "Recreate".equals(strategy.getType())) {
            return 0;
        }
        IntOrString maxSurge = strategy == null || strategy.getRollingUpdate() == null
                ? null : strategy.getRollingUpdate().getMaxSurge();
        if (maxSurge == null) {
            maxSurge = new IntOrString("25%"); // Kubernetes' default
        }
        if (maxSurge.getIntVal() != null) {
            return maxSurge.getIntVal();
        }
        int percent = Integer.parseInt(maxSurge.getStrVal().replace("%", ""));
        return (replicas * percent + 99) / 100;
    }

    /** A container's environment: its own variables over those of the ConfigMaps it takes whole. */
    private static Map<String, String> environment(Deployment deployment, Map<String, ConfigMap> configMaps) {
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> environment = new java.util.HashMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null && configMaps.containsKey(source.getConfigMapRef().getName())) {
                environment.putAll(configMaps.get(source.getConfigMapRef().getName()).getData());
            }
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                environment.put(variable.getName(), variable.getValue());
            }
        }
        return environment;
    }

    int worstCase() {
        return pools.stream().mapToInt(Pool::worstCase).sum() + superuserReserved + reserved;
    }

    boolean holds() {
        return worstCase() <= maxConnections;
    }

    /** The same services with every Deployment scaled to {@code replicas}, as `kubectl scale` would. */
    ConnectionBudget scaledTo(int replicas) {
        return new ConnectionBudget(pools.stream().map(p -> new Pool(p.service(), replicas, p.surge(), p.size())).toList(),
                superuserReserved, reserved, maxConnections);
    }

    @Override
    public String toString() {
        return pools.stream().map(Pool::toString).collect(Collectors.joining("; "))
                + "; superuser_reserved_connections " + superuserReserved + ", reserved_connections " + reserved
                + " → " + worstCase() + " of max_connections " + maxConnections;
    }
}
