package se.rus.finance.shared;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.rus.platform.text.TextBlock;

/**
 * Keeps TextBlock to its contract shape ({@code kind}, {@code text} or {@code items}) in responses
 * and event payloads: without this, Jackson writes {@code isWellFormed()} as a "wellFormed" field.
 */
@Singleton
public class TextBlockJson implements ObjectMapperCustomizer {

    @JsonIgnoreProperties({"wellFormed"})
    abstract static class ContractShape {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.addMixIn(TextBlock.class, ContractShape.class);
    }
}
