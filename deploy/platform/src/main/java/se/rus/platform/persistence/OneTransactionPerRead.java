package se.rus.platform.persistence;

import jakarta.enterprise.inject.build.compatible.spi.BuildCompatibleExtension;
import jakarta.enterprise.inject.build.compatible.spi.ClassConfig;
import jakarta.enterprise.inject.build.compatible.spi.Enhancement;
import jakarta.enterprise.inject.build.compatible.spi.MethodConfig;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Every {@code GET} of a RUS resource runs in one transaction. Without one, each statement of a read ran in a
 * transaction of its own on a connection taken from the pool and given back (a read by id cost three); inside one,
 * the read's statements share one connection and one snapshot, and a read that touches no table (a cache hit)
 * takes no connection at all. The entities a read loads are read-only ({@link ReadOnlyEntities}). Done here, at
 * build time, so no resource can forget it.
 */
public class OneTransactionPerRead implements BuildCompatibleExtension {

    @Enhancement(types = Object.class, withSubtypes = true, withAnnotations = Path.class)
    public void transactional(ClassConfig resource) {
        if (!resource.info().name().startsWith("se.rus.")) {
            return;
        }
        for (MethodConfig method : resource.methods()) {
            if (!method.info().hasAnnotation(GET.class)) {
                continue;
            }
            if (!method.info().hasAnnotation(Transactional.class)) {
                method.addAnnotation(Transactional.class);
            }
            method.addAnnotation(ReadOnlyEntities.class);
        }
    }
}
