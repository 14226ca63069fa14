package se.rus.platform.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * An enum field takes only the names the contract lists: Jackson would otherwise read {@code 0} or {@code "0"}
 * as the first constant, which no client could know from the OpenAPI document.
 */
@Singleton
public class StrictEnumsJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
}
