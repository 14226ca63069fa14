package se.rus.platform.web;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * No path or query parameter may contain NUL (no database stores it). A query parameter that cannot be read as its declared type ({@code ?page=abc}, {@code ?areaId=not-a-uuid}) is a
 * 400 naming the parameter. JAX-RS itself answers such a request 404, as if the resource did not exist. Checked
 * before the parameters are bound, from the declared types of the matched method and its {@code @BeanParam}s.
 * A filter a resource takes as text and reads itself goes through {@link #read}, which answers the same 400 in the
 * same words (those of a JSON body's field, {@link UnreadableJson}), so every service words a bad value one way.
 */
public class QueryParameters {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+([.]\\d+)?");

    private final Map<Method, Map<String, Class<?>>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response refuseUnreadable(ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        Map<String, Class<?>> types = declared.computeIfAbsent(method, QueryParameters::typesOf);
        Map<String, List<String>> values = new LinkedHashMap<>(uri.getPathParameters());
        values.putAll(uri.getQueryParameters());
        for (Map.Entry<String, List<String>> given : values.entrySet()) {
            Class<?> type = types.getOrDefault(given.getKey(), String.class);
            for (String value : given.getValue()) {
                String problem = problemWith(value, type);
                if (problem != null) {
                    Problem.FieldError error = new Problem.FieldError(given.getKey(), problem);
                    return Response.status(400).type(Problem.MEDIA_TYPE)
                            .entity(new Problem(Problem.type("validation"), "Ogiltig indata", 400,
                                    error.field() + ": " + error.message(), ProblemMappers.instance(uri), List.of(error)))
                            .build();
                }
            }
        }
        return null;
    }

    /**
     * An optional query parameter taken as text ({@code field}: its name): null when absent or blank, else its value
     * as a {@code type} (an enum, UUID in its canonical form, LocalDate, Boolean, Integer, Long or BigDecimal); one
     * that is not is a 400 naming {@code field}.
     */
    public static <T> T read(String field, String value, Class<T> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = problemWith(value, type);
        if (problem != null) {
            throw ProblemException.invalid(field, problem);
        }
        String text = value.strip();
        Object read;
        if (type.isEnum()) {
            read = Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(text)).findFirst()
                    .orElseThrow();
        } else if (type == UUID.class) {
            read = UUID.fromString(text);
        } else if (type == LocalDate.class) {
            read = LocalDate.parse(text);
        } else if (type == Boolean.class) {
            read = Boolean.valueOf(text);
        } else if (type == Integer.class) {
            read = Integer.valueOf(text);
        } else if (type == Long.class) {
            read = Long.valueOf(text);
        } else if (type == BigDecimal.class) {
            read = new BigDecimal(text);
        } else {
            throw new IllegalArgumentException("a query parameter is not read as " + type.getName());
        }
        return type.cast(read);
    }

    /** Why {@code value} is not a {@code type}, or null when it is one. */
    static String problemWith(String value, Class<?> type) {
        if (value.indexOf('\u0000') >= 0) {
            return "får inte innehålla tecknet NUL";
        }
        String text = value.strip();
        boolean fits;
        if (type == int.class || type == Integer.class) {
            fits = parses(() -> Integer.parseInt(text));
        } else if (type == long.class || type == Long.class) {
            fits = parses(() -> Long.parseLong(text));
        } else if (type == UUID.class) {
            fits = UUID_TEXT.matcher(text).matches();
        } else if (type == LocalDate.class) {
            fits = parses(() -> LocalDate.parse(text));
        } else if (type == BigDecimal.class) {
            fits = DECIMAL.matcher(text).matches();
        } else if (type == boolean.class || type == Boolean.class) {
            fits = text.equals("true") || text.equals("false");
        } else if (type.isEnum()) {
            fits = Arrays.stream(type.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(text));
        } else {
            return null;
        }
        if (fits) {
            return null;
        }
        String quoted = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + quoted + "\" " + UnreadableJson.notA(type);
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Map<String, Class<?>> typesOf(Method method) {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (Parameter parameter : method.getParameters()) {
            add(types, parameter, parameter.getType());
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = parameter.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        add(types, field, field.getType());
                    }
                }
            }
        }
        return types;
    }

    private static void add(Map<String, Class<?>> types, AnnotatedElement element, Class<?> type) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        if (query != null) {
            types.put(query.value(), type);
        }
    }
}
