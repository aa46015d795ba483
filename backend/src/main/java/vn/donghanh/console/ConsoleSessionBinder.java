package vn.donghanh.console;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Lets console controllers take a {@link ConsoleSession} parameter. Without a live session the
 * request never reaches the method: {@link SignInRequired} sends the browser to the sign-in page.
 */
@Singleton
public class ConsoleSessionBinder implements TypedRequestArgumentBinder<ConsoleSession> {
    @Override
    public Argument<ConsoleSession> argumentType() {
        return Argument.of(ConsoleSession.class);
    }

    @Override
    public BindingResult<ConsoleSession> bind(
            ArgumentConversionContext<ConsoleSession> context, HttpRequest<?> source) {
        Optional<ConsoleSession> session = source.getAttribute(ConsoleSession.ATTRIBUTE, ConsoleSession.class);
        if (session.isEmpty()) {
            throw new SignInRequired();
        }
        return () -> session;
    }
}
