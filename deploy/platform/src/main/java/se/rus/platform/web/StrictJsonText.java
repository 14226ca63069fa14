package se.rus.platform.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A JSON body a resource takes as text (a merge patch, {@link MergePatch}) is decoded as strictly as Jackson decodes
 * the bodies it binds itself: bytes that are not UTF-8 are a 400, where the framework's own text reader would put
 * U+FFFD in their place and let the patch through.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MergePatch.MEDIA_TYPE, "application/*+json"})
public class StrictJsonText implements MessageBodyReader<String> {

    private static final JsonFactory STRICT = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String DUPLICATE = "Duplicate field '";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == String.class;
    }

    @Override
    public String readFrom(Class<String> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        String text = decode(body.readAllBytes());
        requireStrict(text);
        return text;
    }

    /**
     * What Jackson's strict binding would refuse, refused before the resource looks anything up (a patch to a
     * resource that does not exist is still a 400 when it is malformed): a key twice in one object and text with a
     * lone UTF-16 surrogate, each naming its field. Any other syntax error is left to the resource's own reading.
     */
    static void requireStrict(String text) throws IOException {
        try (JsonParser parser = STRICT.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING && StrictJson.hasLoneSurrogate(parser.getText())) {
                    throw ProblemException.invalid(fieldOf(parser), "innehåller ett ensamt UTF-16-surrogat");
                }
            }
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith(DUPLICATE)) {
                String field = message.substring(DUPLICATE.length(), message.indexOf('\'', DUPLICATE.length()));
                throw ProblemException.invalid(field, "förekommer mer än en gång");
            }
        }
    }

    private static String fieldOf(JsonParser parser) throws IOException {
        String name = parser.currentName();
        return name == null ? "body" : name;
    }

    /** The bytes as UTF-8 text; anything else is a 400 problem. */
    public static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProblemException(400, "malformed-request", "Felaktig JSON",
                    "Innehållet är inte giltig UTF-8", List.of());
        }
    }
}
