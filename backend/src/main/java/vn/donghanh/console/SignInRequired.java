package vn.donghanh.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.net.URI;

/** A console page was asked for without a live session: the browser goes to the sign-in page. */
public class SignInRequired extends RuntimeException {
    public SignInRequired() {
        super("console sign-in required", null, false, false);
    }

    @Singleton
    @Requires(classes = SignInRequired.class)
    public static class Handler implements ExceptionHandler<SignInRequired, HttpResponse<?>> {
        @Override
        public HttpResponse<?> handle(HttpRequest request, SignInRequired exception) {
            if (request.getHeaders().contains("HX-Request")) {
                // htmx follows redirects inside the page; make it load the sign-in page whole.
                return HttpResponse.ok().header("HX-Redirect", ConsolePaths.SIGN_IN);
            }
            return HttpResponse.seeOther(URI.create(ConsolePaths.SIGN_IN));
        }
    }
}
