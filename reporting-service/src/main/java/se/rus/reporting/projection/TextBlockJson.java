package se.rus.reporting.projection;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.rus.platform.text.TextBlock;

/**
 * {@link TextBlock#isWellFormed()} reads like a bean property, so Jackson would write
 * {@code "wellFormed": true} into every text of the report. This keeps structured text exactly as
 * EVENTS.md defines it ({@code kind}, {@code text}, {@code items}); it belongs in the platform.
 */
@Singleton
public class TextBlockJson implements ObjectMapperCustomizer {

    @JsonIgnoreProperties(value = "wellFormed", ignoreUnknown = true)
    private abstract static class TextBlockShape {
    }

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    static ObjectMapper configure(ObjectMapper mapper) {
        mapper.addMixIn(TextBlock.class, TextBlockShape.class);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return mapper;
    }
}
