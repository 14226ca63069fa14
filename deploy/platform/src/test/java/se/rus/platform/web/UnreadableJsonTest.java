package se.rus.platform.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnreadableJsonTest {

    enum Category { DIRECT_SPEND, CORRECTION }

    record Item(Category category, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, LocalDate entryDate,
                UUID postId, int position, BigDecimal days, Boolean prioritised) {
    }

    record Body(String title, List<Item> items) {
    }

    /** Configured as in a service: the platform's customizers on top of Jackson's date support. */
    private final ObjectMapper json = configured();

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new ExactNumbersJson().customize(mapper);
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Problem.FieldError refused(String body) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Body.class));
        Problem.FieldError error = UnreadableJson.describe(e);
        for (String internal : List.of("se.rus", "java.", "com.fasterxml", "Cannot deserialize", "Unrecognized", "token")) {
            assertFalse(error.message().contains(internal), internal + " in: " + error.message());
        }
        return error;
    }

    @Test
    void anUnknownEnumValueNamesItsPathAndListsTheAcceptedValues() {
        Problem.FieldError error = refused("{\"items\":[{},{},{\"category\":\"OTHER\"}]}");
        assertEquals("items[2].category", error.field());
        assertEquals("\"OTHER\" är inget tillåtet värde; tillåtna värden: DIRECT_SPEND, CORRECTION", error.message());
    }

    @Test
    void anEnumIsNeverReadFromItsPosition() {
        assertEquals("items[0].category", refused("{\"items\":[{\"category\":0}]}").field());
    }

    @Test
    void aDateThatDoesNotExistIsNamedWithTheExpectedForm() {
        Problem.FieldError error = refused("{\"items\":[{\"entryDate\":\"2024-02-30\"}]}");
        assertEquals("items[0].entryDate", error.field());
        assertEquals("\"2024-02-30\" är inte ett giltigt datum (ÅÅÅÅ-MM-DD)", error.message());
    }

    @Test
    void anAmountMustBePlainDecimalNotation() throws Exception {
        Problem.FieldError error = refused("{\"items\":[{\"amount\":\"1e3\"}]}");
        assertEquals("items[0].amount", error.field());
        assertTrue(error.message().startsWith("\"1e3\" är inte ett tal"), error.message());
        assertEquals("items[0].amount", refused("{\"items\":[{\"amount\":\"12,50\"}]}").field());
        assertEquals(new BigDecimal("-1250.50"),
                json.readValue("{\"items\":[{\"amount\":\"-1250.50\"}]}", Body.class).items().get(0).amount());
        assertEquals("items[0].amount", refused("{\"items\":[{\"amount\":14.5}]}").field());
    }

    @Test
    void aValueOfTheWrongJsonTypeSaysWhatTheFieldTakes() {
        assertEquals(new Problem.FieldError("items", "har fel typ: en lista"), refused("{\"items\":\"många\"}"));
        assertEquals(new Problem.FieldError("title", "har fel typ: en text"), refused("{\"title\":{\"a\":1}}"));
        assertEquals(new Problem.FieldError("", "innehållet har fel typ: ett objekt"), refused("[]"));
        assertEquals(new Problem.FieldError("items[0].position", "har fel typ: ett heltal"),
                refused("{\"items\":[{\"position\":\"två\"}]}"));
        assertEquals(new Problem.FieldError("items[0].postId", "\"abc\" är inte ett giltigt UUID"),
                refused("{\"items\":[{\"postId\":\"abc\"}]}"));
    }

    @Test
    void unparsableJsonNamesNoFieldButWhereItBroke() {
        Problem.FieldError error = refused("{\"title\": \"RUS\",\n \"items\": [}");
        assertEquals("", error.field());
        assertEquals("innehållet är inte giltig JSON (fel på rad 2, kolumn 12)", error.message());
        assertEquals("innehållet är inte giltig JSON: det tar slut för tidigt", refused("{\"items\": [").message());
    }

    @Test
    void numbersAndBooleansOnlyInTheirJsonTypes() throws Exception {
        assertEquals(new Problem.FieldError("items[0].position", "har fel typ: ett heltal"),
                refused("{\"items\":[{\"position\":\"6\"}]}"));
        assertEquals("items[0].days", refused("{\"items\":[{\"days\":\"6\"}]}").field());
        assertEquals("items[0].prioritised", refused("{\"items\":[{\"prioritised\":1}]}").field());
        assertEquals("items[0].prioritised", refused("{\"items\":[{\"prioritised\":\"true\"}]}").field());
        assertEquals(new BigDecimal("6.5"), json.readValue("{\"items\":[{\"days\":6.5}]}", Body.class).items().get(0).days());
    }

    @Test
    void aKeyGivenTwiceIsNamedWithItsPath() {
        assertEquals(new Problem.FieldError("title", "förekommer mer än en gång"), refused("{\"title\":\"a\",\"title\":\"b\"}"));
        assertEquals("items[1].amount", refused("{\"items\":[{},{\"amount\":\"1.00\",\"amount\":\"2.00\"}]}").field());
    }

    @Test
    void aLoneSurrogateIsNoText() {
        assertEquals("title", refused("{\"title\":\"a\\ud800b\"}").field());
        assertEquals("title", refused("{\"title\":\"a\\udc00\"}").field());
    }

    @Test
    void bytesThatAreNotUtf8AreNoJson() {
        byte[] latin1 = "{\"title\":\"Länsstyrelsen\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThrows(JsonProcessingException.class, () -> json.readValue(latin1, Body.class));
        ProblemException text = assertThrows(ProblemException.class, () -> StrictJsonText.decode(latin1));
        assertEquals(400, text.status());
        byte[] encodedSurrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThrows(ProblemException.class, () -> StrictJsonText.decode(encodedSurrogate));
    }
}
