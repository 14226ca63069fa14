package se.rus.platform.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Two rules for every operation of every service, read from the matched method's declared parameters:
 * <ul>
 * <li>A number or an id in a path has one spelling. Java reads {@code +2038} and {@code 02038} as 2038 and an
 * upper-case or otherwise odd UUID as the lower-case one, so one resource had many addresses (and a cache or an
 * audit log saw different resources). A whole number in a path must be written without sign, leading zeros or
 * spaces, an id as a lower-case UUID; any other spelling is a 404, as for a resource that does not exist.</li>
 * <li>An operation that takes a body needs its Content-Type: without one the body was read as JSON anyway;
 * now it is a 415.</li>
 * </ul>
 */
public class CanonicalRequests {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,18}");
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** What a method declares: the type of each path parameter, and whether it takes a body. */
    private record Declared(Map<String, Class<?>> pathTypes, boolean takesBody) {
    }

    private final Map<Method, Declared> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseOddRequests(ResourceInfo resource, UriInfo uri, ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Declared declaration = declared.computeIfAbsent(method, CanonicalRequests::declarationOf);
        for (Map.Entry<String, Class<?>> path : declaration.pathTypes().entrySet()) {
            String value = uri.getPathParameters().getFirst(path.getKey());
            if (value != null && !canonical(value, path.getValue())) {
                return problem(404, "not-found", "Resursen finns inte",
                        "Det finns ingen resurs på den här adressen (" + path.getKey() + " skrivs "
                                + spelling(path.getValue()) + ")", uri);
            }
        }
        if (declaration.takesBody() && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return problem(415, "unsupported-media-type", "Innehållstypen stöds inte",
                    "Ange innehållets typ i Content-Type (application/json)", uri);
        }
        return null;
    }

    /** Whether {@code value} is the one spelling of a path value of {@code type}. */
    static boolean canonical(String value, Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return WHOLE_NUMBER.matcher(value).matches();
        }
        if (type == UUID.class) {
            return CANONICAL_UUID.matcher(value).matches();
        }
        return true;
    }

    private static String spelling(Class<?> type) {
        return type == UUID.class ? "som ett UUID med gemener" : "som ett heltal utan tecken och inledande nollor";
    }

    private static Response problem(int status, String slug, String title, String detail, UriInfo uri) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slug), title, status, detail, ProblemMappers.instance(uri), List.of()))
                .build();
    }

    private static Declared declarationOf(Method method) {
        Map<String, Class<?>> pathTypes = new LinkedHashMap<>();
        boolean takesBody = false;
        for (Parameter parameter : method.getParameters()) {
            PathParam path = parameter.getAnnotation(PathParam.class);
            RestPath restPath = parameter.getAnnotation(RestPath.class);
            if (path != null) {
                pathTypes.put(path.value(), parameter.getType());
            } else if (restPath != null) {
                pathTypes.put(restPath.value().isEmpty() ? parameter.getName() : restPath.value(), parameter.getType());
            }
            takesBody |= isBody(parameter);
        }
        return new Declared(pathTypes, takesBody);
    }

    /** A parameter JAX-RS fills from the body: none of its annotations, nor its type, belongs to the framework. */
    private static boolean isBody(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (framework(annotation.annotationType().getPackageName())) {
                return false;
            }
        }
        return !framework(parameter.getType().getPackageName());
    }

    private static boolean framework(String packageName) {
        return packageName.startsWith("jakarta.ws.rs") || packageName.startsWith("org.jboss.resteasy")
                || packageName.startsWith("io.vertx") || packageName.startsWith("io.quarkus")
                || packageName.startsWith("org.eclipse.microprofile.jwt") || packageName.startsWith("jakarta.enterprise");
    }
}
