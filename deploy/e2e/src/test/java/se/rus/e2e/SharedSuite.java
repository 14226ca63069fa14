package se.rus.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands every end-to-end test class the same {@link RunningSuite}: the four services start once per test run
 * (the slow part) and JUnit closes them when the run ends. The years the classes load do not overlap.
 */
final class SharedSuite implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedSuite.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSuite.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(RunningSuite.class, type -> {
            try {
                return new RunningSuite();
            } catch (Exception e) {
                throw new IllegalStateException("the services did not start", e);
            }
        }, RunningSuite.class);
    }
}
