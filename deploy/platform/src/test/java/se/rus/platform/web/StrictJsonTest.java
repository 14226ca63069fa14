package se.rus.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The suite reads JSON as strictly as its contract: each lenient reading Jackson offers is a refusal. */
class StrictJsonTest {

    enum Assessment { YES, CLOSE, NO }

    record Body(String name, Integer valuation, Assessment assessment, LocalDate date,
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, BigDecimal days) {
    }

    private final ObjectMapper json = configured();

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new ExactNumbersJson().customize(mapper);
        new StrictJson().customize(mapper);
        return mapper;
    }

    private void refused(String body, String field) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Body.class), body);
        assertEquals(field, UnreadableJson.describe(e).field(), body);
    }

    @Test
    void readsWhatTheContractDescribes() throws Exception {
        Body body = json.readValue("{\"name\":\"Frisk luft\",\"valuation\":2,\"assessment\":\"CLOSE\",\"date\":\"2024-10-15\","
                + "\"amount\":\"-1250.50\",\"days\":2.5}", Body.class);
        assertEquals(new Body("Frisk luft", 2, Assessment.CLOSE, LocalDate.of(2024, 10, 15), new BigDecimal("-1250.50"),
                new BigDecimal("2.5")), body);
    }

    @Test
    void refusesEveryLenientReading() {
        refused("{\"name\":12}", "name");
        refused("{\"name\":true}", "name");
        refused("{\"name\":\"a\\u0000b\"}", "name");
        refused("{\"valuation\":2.9}", "valuation");
        refused("{\"assessment\":2}", "assessment");
        refused("{\"assessment\":\"2\"}", "assessment");
        refused("{\"date\":19000}", "date");
        refused("{\"date\":\"2024-02-30\"}", "date");
        refused("{\"amount\":2.50}", "amount");
        refused("{\"amount\":\"1e3\"}", "amount");
        refused("{\"amount\":\" 2.50\"}", "amount");
        refused("{\"amount\":\"-0.00\"}", "amount");
        refused("{\"name\":\"a\"} {}", "");
    }
}
