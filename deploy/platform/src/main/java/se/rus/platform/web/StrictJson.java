package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * A body is read as strictly as the contract describes it, for every service: Jackson would otherwise store
 * {@code 12} sent for a text as {@code "12"}, read {@code 0} or {@code "0"} as an enum's first constant, cut
 * {@code 2.9} to {@code 2} for a whole number, turn {@code ""} into null or 0, read {@code 19000} as a date, and
 * ignore whatever follows the JSON document, let the last of two equal keys win, read {@code "6"} as a number and
 * {@code 1} or {@code "true"} as a boolean, and pass a lone UTF-16 surrogate ({@code "a\ud800b"}) on to a database
 * that stores it as {@code ?}. Each of these is a 400 naming the field instead. The same mapper reads a merge patch
 * ({@link MergePatch}), so PUT, POST and PATCH bodies are read by one set of rules.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Enum, LogicalType.DateTime}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // numbers and booleans only in their JSON types: "6" is no number, 1 and "true" are no booleans
        for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(scalar).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // a date is a "YYYY-MM-DD" text, never a number of days since 1970, and 2024-02-30 is no date
        mapper.setDefaultLeniency(false);
        mapper.registerModule(new SimpleModule("rus-text-without-nul").addDeserializer(String.class, new WellFormedText()));
    }

    /**
     * Text as JSON gives it, except NUL (U+0000), which no database column stores, and a UTF-16 surrogate without
     * its pair, which is no character at all (JSON's {@code \\u} escape can spell one): refused like a wrong value.
     */
    static final class WellFormedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains NUL");
            }
            if (text != null && hasLoneSurrogate(text)) {
                return (String) context.handleWeirdStringValue(String.class, text, "contains a lone surrogate");
            }
            return text;
        }
    }

    /** Whether {@code text} holds a high surrogate not followed by a low one, or a low one not preceded by a high. */
    public static boolean hasLoneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
