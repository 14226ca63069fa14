package se.rus.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Keeps decimals exact through JSON: parsed decimals become BigDecimal (never double), and
 * BigDecimals are written without exponent. Money fields add {@code @JsonFormat(shape = STRING)}.
 * A decimal that is not money is a JSON number, never a string. A money decimal sent as a string must be plain decimal notation ({@code "-1250.50"}), the form the contract's
 * money patterns describe; Java would also read {@code "1e3"} or {@code "+5"}, which no pattern admits.
 */
@Singleton
public class ExactNumbersJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // event payloads pass through a JsonNode tree; keep "6000000.00" from becoming "6000000"
        mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        mapper.registerModule(new SimpleModule("rus-plain-decimals").addDeserializer(BigDecimal.class, new PlainDecimal()));
    }

    /**
     * The REST mapper's copy for event payloads: the producers write every decimal of a payload that is money as a
     * string, and a consumer's payload record may declare it as a plain {@link BigDecimal}, so there a decimal is
     * read from a JSON number or a plain decimal string alike.
     */
    public static ObjectMapper forEventPayloads(ObjectMapper restMapper) {
        ObjectMapper events = restMapper.copy();
        events.registerModule(new SimpleModule("rus-event-decimals").addDeserializer(BigDecimal.class,
                new PlainDecimal(Shape.EITHER, Shape.EITHER)));
        return events;
    }

    /** Which JSON shapes a decimal field takes. */
    private enum Shape { NUMBER, STRING, EITHER }

    /**
     * A field declared {@code @JsonFormat(shape = STRING)} (money) takes only a string: a JSON number there is
     * refused, so no client comes to rely on a float that happened to be exact. Any other decimal (days) takes only a
     * JSON number: {@code "6"} is text.
     */
    static final class PlainDecimal extends StdScalarDeserializer<BigDecimal> implements ContextualDeserializer {

        private static final Pattern PLAIN = Pattern.compile("-?\\d+([.]\\d+)?");

        /** What an undeclared field takes, and what this instance takes. */
        private final Shape undeclared;
        private final Shape accepted;

        PlainDecimal() {
            this(Shape.NUMBER, Shape.NUMBER);
        }

        private PlainDecimal(Shape undeclared, Shape accepted) {
            super(BigDecimal.class);
            this.undeclared = undeclared;
            this.accepted = accepted;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JsonFormat.Value format = findFormatOverrides(context, property, BigDecimal.class);
            boolean text = format != null && format.getShape() == JsonFormat.Shape.STRING;
            Shape shape = text ? Shape.STRING : undeclared;
            return shape == accepted ? this : new PlainDecimal(undeclared, shape);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (accepted == Shape.STRING && parser.currentToken() != null && parser.currentToken().isNumeric()) {
                return (BigDecimal) context.handleUnexpectedToken(String.class, parser);
            }
            if (accepted == Shape.NUMBER && parser.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getText();
                if (!PLAIN.matcher(text).matches()) {
                    return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "not a plain decimal");
                }
                BigDecimal value = new BigDecimal(text);
                if (value.signum() == 0 && text.startsWith("-")) { // "-0.00": no amount is negative zero
                    return (BigDecimal) context.handleWeirdStringValue(BigDecimal.class, text, "negative zero");
                }
                return value;
            }
            return NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        }
    }
}
