package se.rus.platform.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The entities a method loads are read-only: Hibernate keeps no snapshot of them and does not dirty-check them when
 * the transaction ends. Every {@code GET} of a RUS resource carries it ({@link OneTransactionPerRead}): a read that
 * loaded 27 activities spent a fifth of its CPU copying and comparing them, JSON columns included, for nothing.
 * An entity a read persists is still written; one it loads and changes is not.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadOnlyEntities {
}
