package vn.donghanh.common;

import com.fasterxml.jackson.core.JacksonException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The framework's own 400s (a body Serde could not read, a path or query value that does not
 * convert, a missing parameter) as field errors in plain words. The framework's messages name
 * Java types and parser tokens; none of them is passed on.
 */
final class BadRequests {
    private BadRequests() {}

    static List<ApiException.FieldError> of(ErrorContext context) {
        HttpRequest<?> request = context.getRequest();
        Throwable root = context.getRootCause().orElse(null);
        ConversionErrorException conversion = find(root, ConversionErrorException.class);
        if (conversion != null && !isBody(conversion.getArgument())) {
            Argument<?> argument = conversion.getArgument();
            return List.of(new ApiException.FieldError(
                    parameterName(context, argument), ProblemMessages.expected(valueType(argument))));
        }
        UnsatisfiedRouteException missing = find(root, UnsatisfiedRouteException.class);
        if (missing != null && !(missing instanceof UnsatisfiedBodyRouteException) && !isBody(missing.getArgument())) {
            return List.of(new ApiException.FieldError(
                    parameterName(context, missing.getArgument()), ProblemMessages.REQUIRED));
        }
        if (conversion != null
                || missing != null
                || find(root, JsonSyntaxException.class) != null
                || find(root, JacksonException.class) != null) {
            return body(request);
        }
        return List.of(); // not about a value we know of: no field to blame
    }

    /** Every wrong value of the body by its JSON path, read again from the bytes Serde refused. */
    private static List<ApiException.FieldError> body(HttpRequest<?> request) {
        Optional<byte[]> bytes = bytes(request);
        Class<?> type = RouteAttributes.getRouteMatch(request)
                .flatMap(m -> m.getRouteInfo().getRequestBodyType())
                .map(Argument::getType)
                .orElse(null);
        if (bytes.isEmpty() || type == null) {
            return List.of(new ApiException.FieldError("body", ProblemMessages.INVALID_BODY));
        }
        List<ApiException.FieldError> errors = JsonShapes.check(bytes.get(), type);
        // The shapes are right but Serde still refused: say so without guessing a field.
        return errors.isEmpty() ? List.of(new ApiException.FieldError("body", ProblemMessages.INVALID_BODY)) : errors;
    }

    /** The request body as received (the server buffers a body before binding it, so it can be read again). */
    private static Optional<byte[]> bytes(HttpRequest<?> request) {
        if (!(request instanceof ServerHttpRequest<?> server)) {
            return Optional.empty();
        }
        try (CloseableByteBody copy = server.byteBody().split();
                CloseableAvailableByteBody available = copy.buffer().get(5, TimeUnit.SECONDS)) {
            return Optional.of(available.toByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The type of one value: {@code Optional<CaseStatus> status} and {@code List<UUID> ids} are judged per value. */
    private static Class<?> valueType(Argument<?> argument) {
        Class<?> type = argument.getType();
        if (Optional.class.isAssignableFrom(type) || Iterable.class.isAssignableFrom(type)) {
            return argument.getFirstTypeVariable()
                    .<Class<?>>map(Argument::getType)
                    .orElse(Object.class);
        }
        return type;
    }

    private static boolean isBody(Argument<?> argument) {
        return argument != null && argument.getAnnotationMetadata().hasAnnotation(Body.class);
    }

    /** The parameter as the client spells it: the framework's error path, else the argument's name. */
    private static String parameterName(ErrorContext context, Argument<?> argument) {
        for (Error error : context.getErrors()) {
            Optional<String> path = error.getPath().map(p -> p.replaceFirst("^/", ""));
            if (path.isPresent() && !path.get().isEmpty()) {
                return path.get();
            }
        }
        return argument.getName();
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable x = t; x != null; x = x.getCause() == x ? null : x.getCause()) {
            if (type.isInstance(x)) {
                return type.cast(x);
            }
        }
        return null;
    }
}
