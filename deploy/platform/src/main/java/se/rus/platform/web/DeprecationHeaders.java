package se.rus.platform.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A successful JSON answer of a {@link DeprecatedFields} method carries {@code Deprecation: @<unix seconds>}
 * (RFC 9745) and {@code Sunset: <HTTP-date>} (RFC 8594), so a client learns from any response it logs that it reads
 * fields with an end date. Other formats of the same resource (Markdown, HTML, PDF) carry no such fields.
 */
public class DeprecationHeaders {

    public static final String DEPRECATION = "Deprecation";
    public static final String SUNSET = "Sunset";
    /** IMF-fixdate (RFC 9110): a two-digit day, which RFC_1123_DATE_TIME does not write */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    @ServerResponseFilter
    public void announce(ResourceInfo resource, ContainerResponseContext response) {
        Method method = resource.getResourceMethod();
        DeprecatedFields deprecated = method == null ? null : method.getAnnotation(DeprecatedFields.class);
        MediaType type = response.getMediaType();
        if (deprecated == null || response.getStatus() / 100 != 2 || type == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return;
        }
        response.getHeaders().putSingle(DEPRECATION, deprecation(deprecated.since()));
        response.getHeaders().putSingle(SUNSET, sunset(deprecated.sunset()));
    }

    static String deprecation(String since) {
        return "@" + LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    static String sunset(String day) {
        return HTTP_DATE.format(LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC));
    }
}
