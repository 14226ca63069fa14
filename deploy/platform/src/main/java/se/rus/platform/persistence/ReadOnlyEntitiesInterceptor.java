package se.rus.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.hibernate.Session;

/** Inside the read's transaction (Narayana's interceptor is PLATFORM_BEFORE + 200), so it marks that transaction's session. */
@ReadOnlyEntities
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 201)
public class ReadOnlyEntitiesInterceptor {

    @Inject
    Session session;

    @AroundInvoke
    Object readOnly(InvocationContext invocation) throws Exception {
        session.setDefaultReadOnly(true);
        return invocation.proceed();
    }
}
