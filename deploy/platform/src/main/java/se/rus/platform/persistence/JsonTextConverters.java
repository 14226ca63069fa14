package se.rus.platform.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import se.rus.platform.text.TextBlock;

import java.util.List;

/**
 * Structured values stored as JSON text. A private mapper keeps the column format independent of how
 * the REST layer's mapper is customised.
 */
public final class JsonTextConverters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonTextConverters() {
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value == null ? List.of() : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value, e);
        }
    }

    private static <T> T read(String column, TypeReference<T> type) {
        try {
            return JSON.readValue(column == null || column.isBlank() ? "[]" : column, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable: " + column, e);
        }
    }

    @Converter
    public static class TextBlocks implements AttributeConverter<List<TextBlock>, String> {
        @Override
        public String convertToDatabaseColumn(List<TextBlock> attribute) {
            return write(attribute);
        }

        @Override
        public List<TextBlock> convertToEntityAttribute(String column) {
            return read(column, new TypeReference<List<TextBlock>>() {
            });
        }
    }

    @Converter
    public static class Strings implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> attribute) {
            return write(attribute);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return read(column, new TypeReference<List<String>>() {
            });
        }
    }
}
