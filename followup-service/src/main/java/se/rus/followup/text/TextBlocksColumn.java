package se.rus.followup.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import se.rus.followup.web.TextBlockJson;
import se.rus.platform.text.TextBlock;

import java.util.List;

/**
 * Stores structured text as its JSON in a text column. A private mapper is enough here because
 * text blocks hold no decimals, and it keeps the column independent of the REST mapper's settings.
 */
@Converter
public class TextBlocksColumn implements AttributeConverter<List<TextBlock>, String> {

    private static final ObjectMapper JSON = TextBlockJson.applyTo(new ObjectMapper());
    private static final TypeReference<List<TextBlock>> BLOCKS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<TextBlock> blocks) {
        try {
            return JSON.writeValueAsString(blocks == null ? List.of() : blocks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("text blocks cannot be serialised", e);
        }
    }

    @Override
    public List<TextBlock> convertToEntityAttribute(String column) {
        if (column == null) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, BLOCKS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored text blocks are not valid JSON", e);
        }
    }
}
