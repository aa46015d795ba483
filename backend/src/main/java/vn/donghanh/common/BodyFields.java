package vn.donghanh.common;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which JSON field a body-decoding error is about. Serde names the property in some messages
 * ("Error decoding property [LocalDate dateOfBirth]"); for others (an unknown enum constant) it only
 * names the target type, so we look that type up among the route's body record components.
 */
final class BodyFields {
    private static final Pattern PROPERTY = Pattern.compile("[Pp]roperty \\[(?:[\\w.<>$]+ )?(\\w+)\\]");
    private static final Pattern TYPE = Pattern.compile("value of type `([\\w.$]+)`");

    private BodyFields() {
    }

    static String fromMessage(HttpRequest<?> request, String message) {
        if (message == null) {
            return null;
        }
        Matcher property = PROPERTY.matcher(message);
        String last = null;
        while (property.find()) {
            last = property.group(1);
        }
        if (last != null) {
            return last;
        }
        Matcher type = TYPE.matcher(message);
        if (type.find() && request != null) {
            return componentOfType(request, type.group(1));
        }
        return null;
    }

    private static String componentOfType(HttpRequest<?> request, String typeName) {
        Class<?> body = RouteAttributes.getRouteMatch(request)
                .flatMap(m -> m.getRouteInfo().getRequestBodyType())
                .map(Argument::getType).orElse(null);
        if (body == null || !body.isRecord()) {
            return null;
        }
        List<String> matches = new java.util.ArrayList<>();
        for (RecordComponent c : body.getRecordComponents()) {
            if (c.getType().getName().equals(typeName) || c.getType().getName().replace('$', '.').equals(typeName.replace('$', '.'))) {
                matches.add(c.getName());
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }
}
