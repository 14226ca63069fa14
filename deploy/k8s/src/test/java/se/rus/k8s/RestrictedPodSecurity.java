package se.rus.k8s;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of the Pod Security Standards' "restricted" level (which includes "baseline") that a pod's manifest
 * decides, and the suite's own addition: a read-only root filesystem. Returns what a pod breaks, so one failure
 * names every rule at once.
 */
final class RestrictedPodSecurity {

    private static final Set<String> VOLUME_TYPES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");
    private static final Set<String> SECCOMP_TYPES = Set.of("RuntimeDefault", "Localhost");

    private final String pod;
    private final List<String> violations = new ArrayList<>();

    private RestrictedPodSecurity(String pod) {
        this.pod = pod;
    }

    /** A whole pod spec, as a Deployment carries it. */
    static List<String> violations(String pod, PodSpec spec) {
        RestrictedPodSecurity check = new RestrictedPodSecurity(pod);
        check.rule(!Boolean.TRUE.equals(spec.getHostNetwork()), "hostNetwork");
        check.rule(!Boolean.TRUE.equals(spec.getHostPID()), "hostPID");
        check.rule(!Boolean.TRUE.equals(spec.getHostIPC()), "hostIPC");
        for (Volume volume : spec.getVolumes()) {
            Set<String> types = Manifests.YAML.convertValue(volume, Map.class).keySet();
            types.remove("name");
            check.rule(VOLUME_TYPES.containsAll(types), "volume " + volume.getName() + " of type " + types);
        }
        List<Container> containers = new ArrayList<>(spec.getContainers());
        containers.addAll(spec.getInitContainers());
        for (Container container : containers) {
            check.rule(container.getPorts().stream().allMatch(port -> port.getHostPort() == null),
                    container.getName() + ": hostPort");
            check.tmpIsAnEmptyDir(container, spec.getVolumes());
        }
        check.securityContexts(spec.getSecurityContext(),
                containers.stream().collect(java.util.stream.Collectors.toMap(Container::getName,
                        c -> c.getSecurityContext() == null ? new SecurityContext() : c.getSecurityContext())));
        return check.violations;
    }

    /** A pod an operator builds from a template: what the template decides, the pod's and its containers' contexts. */
    static List<String> violations(String pod, PodSecurityContext podContext, Map<String, SecurityContext> containers) {
        RestrictedPodSecurity check = new RestrictedPodSecurity(pod);
        check.securityContexts(podContext, containers);
        return check.violations;
    }

    private void securityContexts(PodSecurityContext podContext, Map<String, SecurityContext> containers) {
        PodSecurityContext pod = podContext == null ? new PodSecurityContext() : podContext;
        rule(pod.getRunAsUser() == null || pod.getRunAsUser() != 0, "runAsUser 0");
        containers.forEach((name, context) -> {
            SecurityContext container = context == null ? new SecurityContext() : context;
            rule(Boolean.TRUE.equals(container.getRunAsNonRoot())
                            || Boolean.TRUE.equals(pod.getRunAsNonRoot()) && !Boolean.FALSE.equals(container.getRunAsNonRoot()),
                    name + ": runAsNonRoot true (pod or container)");
            rule(container.getRunAsUser() == null || container.getRunAsUser() != 0, name + ": runAsUser 0");
            SeccompProfile seccomp = container.getSeccompProfile() != null ? container.getSeccompProfile()
                    : pod.getSeccompProfile();
            rule(seccomp != null && SECCOMP_TYPES.contains(seccomp.getType()),
                    name + ": seccompProfile RuntimeDefault or Localhost (pod or container)");
            rule(!Boolean.TRUE.equals(container.getPrivileged()), name + ": privileged");
            rule(Boolean.FALSE.equals(container.getAllowPrivilegeEscalation()), name + ": allowPrivilegeEscalation false");
            Capabilities capabilities = container.getCapabilities();
            rule(capabilities != null && capabilities.getDrop().contains("ALL"), name + ": capabilities drop ALL");
            rule(capabilities == null || Set.of("NET_BIND_SERVICE").containsAll(capabilities.getAdd()),
                    name + ": capabilities added beyond NET_BIND_SERVICE");
            rule(Boolean.TRUE.equals(container.getReadOnlyRootFilesystem()), name + ": readOnlyRootFilesystem true");
        });
    }

    /** With a read-only root filesystem, /tmp (the JVM's and Quarkus' scratch space) must be a volume of the pod. */
    private void tmpIsAnEmptyDir(Container container, List<Volume> volumes) {
        String volume = container.getVolumeMounts().stream().filter(mount -> "/tmp".equals(mount.getMountPath()))
                .map(VolumeMount::getName).findFirst().orElse(null);
        rule(volume != null && volumes.stream().anyMatch(v -> v.getName().equals(volume) && v.getEmptyDir() != null),
                container.getName() + ": /tmp mounted from an emptyDir");
    }

    private void rule(boolean kept, String rule) {
        if (!kept) {
            violations.add(pod + ": " + rule);
        }
    }
}
