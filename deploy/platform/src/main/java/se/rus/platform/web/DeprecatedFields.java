package se.rus.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON this method answers still carries fields that are deprecated and will be removed: each such response
 * says so in its headers ({@link DeprecationHeaders}), and the repository's {@code CHANGELOG.md} names the fields.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface DeprecatedFields {

    /** The day (ISO 8601, UTC) the fields were deprecated. */
    String since();

    /** The first day (ISO 8601, UTC) they may be gone. */
    String sunset();
}
