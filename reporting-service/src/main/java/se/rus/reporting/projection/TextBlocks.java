package se.rus.reporting.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import se.rus.platform.text.TextBlock;

import java.util.List;

/** Structured text is kept as its JSON in a text column; it is only ever read back whole. */
public final class TextBlocks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<TextBlock>> BLOCKS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private TextBlocks() {
    }

    public static String write(List<?> blocks) {
        try {
            return JSON.writeValueAsString(blocks == null ? List.of() : blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("text cannot be stored", e);
        }
    }

    public static List<TextBlock> read(String json) {
        return readAs(json, BLOCKS);
    }

    public static List<String> readStrings(String json) {
        return readAs(json, STRINGS);
    }

    private static <T> List<T> readAs(String json, TypeReference<List<T>> type) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(json, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored text is not valid JSON", e);
        }
    }
}
