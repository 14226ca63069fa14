package se.rus.planning.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import se.rus.platform.web.ProblemException;

import java.util.Set;

/**
 * PATCH as JSON Merge Patch: the patch is merged into the resource's replaceable state, and the result is
 * validated like a PUT body, so PATCH and PUT share one use case.
 */
@ApplicationScoped
public class Patching {

    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    public <T> T apply(T current, String patchBody, Class<T> type) throws JsonProcessingException {
        JsonNode patch = patchBody == null || patchBody.isBlank() ? null : json.readTree(patchBody);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalid("body", "ett JSON Merge Patch-objekt krävs");
        }
        T merged = json.treeToValue(MergePatch.apply(json.valueToTree(current), patch), type);
        Set<ConstraintViolation<T>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }
}
