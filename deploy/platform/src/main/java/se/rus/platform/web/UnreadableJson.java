package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What is wrong with a request body Jackson could not read, told in Swedish: the field as a JSON path
 * ({@code items[2].amount}) and what was expected (for an enum, its accepted values). Jackson's own messages
 * name Java classes and quote parser internals, so none of their text is passed on.
 */
public final class UnreadableJson {

    private static final int MAX_QUOTED = 80;

    private UnreadableJson() {
    }

    /** The offending field ({@code ""} when the body as a whole is unreadable) and a Swedish message. */
    public static Problem.FieldError describe(JsonProcessingException e) {
        Problem.FieldError duplicate = duplicateKey(e);
        if (duplicate != null) {
            return duplicate;
        }
        if (!(e instanceof JsonMappingException mapping)) {
            return new Problem.FieldError("", notJson(e));
        }
        // a syntax error met while binding a field arrives wrapped with that field's path; it is still not JSON
        if (e.getCause() instanceof JsonProcessingException syntax && !(syntax instanceof JsonMappingException)) {
            return new Problem.FieldError("", notJson(syntax));
        }
        String field = jsonPath(mapping);
        if (e instanceof UnrecognizedPropertyException) {
            return new Problem.FieldError(field, "är inget känt fält");
        }
        if (e instanceof InvalidTypeIdException) {
            return new Problem.FieldError(field, "anger en okänd typ");
        }
        if (e instanceof InvalidFormatException invalid) {
            return new Problem.FieldError(field, quoted(invalid.getValue()) + " " + notA(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            if (field.isEmpty() && mismatched.getTargetType() == null) {
                return new Problem.FieldError("", "begäran saknar ett JSON-innehåll");
            }
            String subject = field.isEmpty() ? "innehållet " : "";
            return new Problem.FieldError(field, subject + "har fel typ: " + expected(mismatched.getTargetType()));
        }
        return new Problem.FieldError(field, "har ett ogiltigt värde");
    }

    /**
     * A key given twice in one object ({@code {"reason":"a","reason":"b"}}): the parser refuses it (StrictJson), and
     * the answer names the key with the path of its object, not the last value silently winning.
     */
    private static Problem.FieldError duplicateKey(JsonProcessingException e) {
        JsonProcessingException syntax = e.getCause() instanceof JsonProcessingException cause ? cause : e;
        String message = syntax.getOriginalMessage();
        if (message == null || !message.startsWith(DUPLICATE) || message.indexOf('\'', DUPLICATE.length()) < 0) {
            return null;
        }
        String key = message.substring(DUPLICATE.length(), message.indexOf('\'', DUPLICATE.length()));
        String field = key;
        if (syntax.getProcessor() instanceof JsonParser parser && parser.getParsingContext() != null) {
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext context = parser.getParsingContext().getParent(); context != null && !context.inRoot();
                 context = context.getParent()) {
                String step = context.inArray() ? "[" + context.getCurrentIndex() + "]"
                        : context.getCurrentName() == null ? "" : context.getCurrentName();
                path.insert(0, path.length() > 0 && !path.toString().startsWith("[") && !step.isEmpty() ? step + "." : step);
            }
            field = path.length() == 0 ? key : path + "." + key;
        }
        return new Problem.FieldError(field, "förekommer mer än en gång");
    }

    private static final String DUPLICATE = "Duplicate field '";

    private static String notJson(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "innehållet är inte giltig JSON: det tar slut för tidigt";
        }
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "innehållet är inte giltig JSON";
        }
        return "innehållet är inte giltig JSON (fel på rad " + location.getLineNr() + ", kolumn "
                + location.getColumnNr() + ")";
    }

    /** For a value of the right JSON type that still does not fit: "är inget giltigt datum (ÅÅÅÅ-MM-DD)". */
    static String notA(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "är inget tillåtet värde; tillåtna värden: " + acceptedValues(type);
        }
        return "är inte " + expected(type);
    }

    /** What a field of {@code type} takes, in words a user of the API understands. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "ett giltigt värde";
        }
        if (type.isEnum()) {
            return "ett av värdena " + acceptedValues(type);
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "en text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "ett sanningsvärde (true eller false)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "ett heltal";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "ett tal (decimalpunkt, t.ex. \"4945601.42\")";
        }
        if (type == LocalDate.class) {
            return "ett giltigt datum (ÅÅÅÅ-MM-DD)";
        }
        if (type == Year.class) {
            return "ett årtal (ÅÅÅÅ)";
        }
        if (type == YearMonth.class) {
            return "en giltig månad (ÅÅÅÅ-MM)";
        }
        if (type == LocalTime.class) {
            return "ett giltigt klockslag (TT:MM)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "en giltig tidpunkt (RFC 3339, t.ex. 2024-10-15T08:00:00Z)";
        }
        if (type == UUID.class) {
            return "ett giltigt UUID";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "en lista";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "ett objekt";
        }
        return "ett giltigt värde";
    }

    private static String acceptedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(value -> ((Enum<?>) value).name())
                .collect(Collectors.joining(", "));
    }

    private static String quoted(Object value) {
        if (value == null) {
            return "Värdet";
        }
        String text = value.toString();
        if (text.length() > MAX_QUOTED) {
            text = text.substring(0, MAX_QUOTED) + "…";
        }
        return value instanceof CharSequence ? "\"" + text + "\"" : text;
    }

    /** The path of the failing value from the body's root: {@code category}, {@code items[2].amount}. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
