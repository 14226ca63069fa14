package se.rus.followup.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.rus.platform.text.TextBlock;

/**
 * Keeps TextBlock's {@code isWellFormed()} check out of JSON: without this, every response and event
 * payload would carry a {@code "wellFormed": true} that the contract's TextBlock does not have.
 * Belongs in the platform next to TextBlock.
 */
@Singleton
public class TextBlockJson implements ObjectMapperCustomizer {

    abstract static class WellFormedIsNotAField {

        @JsonIgnore
        abstract boolean isWellFormed();
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(TextBlock.class, WellFormedIsNotAField.class);
    }

    /** The same rule for mappers this service builds itself. */
    public static ObjectMapper applyTo(ObjectMapper mapper) {
        return mapper.addMixIn(TextBlock.class, WellFormedIsNotAField.class);
    }
}
