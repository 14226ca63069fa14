package se.rus.localstack;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentHeadersAreDeclaredTest {

    private static final JsonNode CREATED = JsonMapper.builder().build().readTree("""
            {"headers": {"Location": {"$ref": "#/components/headers/Location"}},
             "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LedgerEntry"}}}}
            """);

    @Test
    void whatTheResponseDeclaresPasses() {
        assertEquals(List.of(), SentHeadersAreDeclared.undeclared(CREATED,
                List.of("location", "Content-Type", "Vary", "traceparent"), true));
    }

    @Test
    void aContractHeaderSentUndeclaredIsNamedWhateverItsCase() {
        assertEquals(List.of("header ETag", "header Deprecation", "header Sunset"), SentHeadersAreDeclared.undeclared(CREATED,
                List.of("Location", "etag", "Deprecation", "sunset", "Cache-Control"), true));
    }

    @Test
    void aBodyWithoutContentAndAnUndocumentedStatusAreNamed() {
        JsonNode bodiless = JsonMapper.builder().build().readTree("{\"description\": \"Skapad\"}");
        assertEquals(List.of("a body"), SentHeadersAreDeclared.undeclared(bodiless, List.of(), true));
        assertEquals(List.of(), SentHeadersAreDeclared.undeclared(bodiless, List.of(), false));
        assertEquals(List.of("the status"), SentHeadersAreDeclared.undeclared(CREATED.path("200"), List.of("ETag"), true));
    }
}
