package vn.donghanh.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import vn.donghanh.common.ApiException;

/** Lets controllers take a {@link Caller} parameter directly. */
@Singleton
public class CallerArgumentBinder implements TypedRequestArgumentBinder<Caller> {
    private final CallerResolver resolver;

    public CallerArgumentBinder(CallerResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> source) {
        Optional<Authentication> auth = source.getUserPrincipal(Authentication.class);
        if (auth.isEmpty()) {
            throw ApiException.unauthorized("authentication required");
        }
        Caller caller = resolver.resolve(auth.get(), source);
        return () -> Optional.of(caller);
    }
}
