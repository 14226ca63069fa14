package se.rus.platform.web;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValidationMessagesTest {

    private static Locale before;
    private static ValidatorFactory factory;

    /** An English JVM and request locale, as on a typical server: the messages must be Swedish anyway. */
    @BeforeAll
    static void englishEnvironment() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        factory = Validation.buildDefaultValidatorFactory();
    }

    @AfterAll
    static void restore() {
        factory.close();
        Locale.setDefault(before);
    }

    record Input(@NotNull String postId,
                 @NotBlank @Size(max = 300) String name,
                 @Size(min = 2) List<String> tags,
                 @Size(min = 1, max = 5) String code,
                 @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal budget,
                 @DecimalMin(value = "0.00", inclusive = false) BigDecimal amount,
                 @Max(200) int size,
                 @Positive int position) {
    }

    @Test
    void everyConstraintSpeaksSwedishWhateverTheLocale() {
        Validator validator = factory.getValidator();
        Input input = new Input(null, " ", List.of("a"), "", new BigDecimal("-1.234"), BigDecimal.ZERO, 201, 0);
        Map<String, String> messages = validator.validate(input).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString() + " " + v.getConstraintDescriptor()
                        .getAnnotation().annotationType().getSimpleName(), v -> v.getMessage(), (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(
                "postId NotNull", "måste anges",
                "name NotBlank", "får inte vara tomt",
                "tags Size", "måste ha minst 2 tecken eller element",
                "code Size", "måste ha mellan 1 och 5 tecken eller element",
                "budget DecimalMin", "måste vara minst 0.00",
                "budget Digits", "får ha högst 13 siffror före och 2 decimaler efter decimalpunkten",
                "amount DecimalMin", "måste vara större än 0.00",
                "size Max", "får vara högst 200",
                "position Positive", "måste vara större än 0"), messages);
        record Short(@Size(max = 3) String text) {
        }
        assertEquals("får ha högst 3 tecken eller element",
                validator.validate(new Short("fyra")).iterator().next().getMessage());
    }

    @Test
    void everyStandardConstraintHasASwedishText() throws IOException {
        Properties english = load("org/hibernate/validator/ValidationMessages.properties");
        Properties swedish = load("ValidationMessages.properties");
        List<String> missing = english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("jakarta.validation.constraints."))
                .filter(key -> !swedish.containsKey(key)).sorted().toList();
        assertEquals(List.of(), missing);
        assertTrue(swedish.size() >= 22);
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
