/**
 * The checks every service runs the same way, each written once as an abstract JUnit 5 test class. A service's test
 * is a thin {@code @QuarkusTest} subclass in the service's own package ({@code se.rus.<service>.…}, from which
 * {@link se.rus.localstack.checks.ServiceUnderTest} reads which service it is) that names only what differs: its
 * paths, roles, data and operations. Quarkus needs the concrete class in the service's test sources to start that
 * service; everything asserted lives here.
 */
package se.rus.localstack.checks;
