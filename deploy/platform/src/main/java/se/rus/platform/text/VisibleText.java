package se.rus.platform.text;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The suite's one rule for "not blank": a text is blank when nothing is left after removing every Unicode
 * whitespace, space separator, control and format character. {@link String#isBlank()} and Bean Validation's own
 * {@code @NotBlank} count only Java whitespace, so a no-break space plus a zero-width space (U+00A0 U+200B), or a
 * byte-order mark, passed as a name. This class makes every {@code @NotBlank} of every service use the rule.
 */
@ApplicationScoped
public class VisibleText implements ValidatorFactoryCustomizer {

    /** True when {@code text} is null or shows nothing (see the class comment). */
    public static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(VisibleText::invisible);
    }

    private static boolean invisible(int c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(NotBlankText.class);
        configuration.addMapping(mapping);
    }

    /** {@code @NotBlank} by the suite's rule. */
    public static final class NotBlankText implements ConstraintValidator<NotBlank, CharSequence> {

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value != null && !isBlank(value);
        }
    }
}
