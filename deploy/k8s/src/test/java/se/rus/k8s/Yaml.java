package se.rus.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.Map;

/** Fields of the resources that have no Java model (CloudNativePG's, the Barman Cloud plugin's). */
final class Yaml {

    private Yaml() {
    }

    /** The value at {@code path} (field names from the resource's top), or null where any step is missing. */
    static Object at(GenericKubernetesResource resource, String... path) {
        Object node = resource.getAdditionalProperties();
        for (String field : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(field);
        }
        return node;
    }

    /** The value at {@code path} read into a model class (a fabric8 one such as ResourceRequirements). */
    static <T> T at(GenericKubernetesResource resource, Class<T> type, String... path) {
        Object value = at(resource, path);
        return value == null ? null : Manifests.YAML.convertValue(value, type);
    }
}
