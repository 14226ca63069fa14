package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Keeps decimals exact through JSON: parsed decimals become BigDecimal (never double), and
 * BigDecimals are written without exponent. Money fields add {@code @JsonFormat(shape = STRING)}.
 */
@Singleton
public class ExactNumbersJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // event payloads pass through a JsonNode tree; keep "6000000.00" from becoming "6000000"
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }
}
