package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Every PATCH is JSON Merge Patch (RFC 7396): the patch is merged into the resource's replaceable state (its PUT
 * body as it stands), a member set to null is removed, an absent one kept, and the result is validated with the
 * same Bean Validation as a PUT, so PATCH and PUT share one use case.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /** {@code current} merged with the patch body, read as {@code type} and valid as a PUT body of it. */
    public <T> T apply(T current, String patchBody, Class<T> type) throws JsonProcessingException {
        JsonNode patch = patchBody == null || patchBody.isBlank() ? null : json.readTree(patchBody);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "en JSON Merge Patch ska vara ett JSON-objekt");
        }
        T merged = json.treeToValue(merge(json.valueToTree(current), patch), type);
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }

    /** RFC 7396 §2: a null member removes, an object merges into an object, anything else replaces. */
    public static JsonNode merge(JsonNode target, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
