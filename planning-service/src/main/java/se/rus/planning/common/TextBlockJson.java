package se.rus.planning.common;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import se.rus.platform.text.TextBlock;

/**
 * Keeps {@link TextBlock#isWellFormed()} out of JSON: Jackson would otherwise write it as a
 * {@code wellFormed} property into REST bodies and event payloads, which the contract does not have.
 * Belongs on TextBlock in the platform ({@code @JsonIgnore}); until then this module adds it as a mix-in.
 */
@Singleton
public class TextBlockJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        register(mapper);
    }

    static ObjectMapper register(ObjectMapper mapper) {
        return mapper.addMixIn(TextBlock.class, WithoutWellFormed.class);
    }

    abstract static class WithoutWellFormed {
        @JsonIgnore
        abstract boolean isWellFormed();
    }
}
