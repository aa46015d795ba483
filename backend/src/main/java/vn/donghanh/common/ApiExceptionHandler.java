package vn.donghanh.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
public class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<?>> {
    private final ProblemResponseProcessor problems;

    public ApiExceptionHandler(ProblemResponseProcessor problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ApiException e) {
        var response = problems.render(request, e.status(), e.type(), e.getMessage(), e.errors());
        if (e.retryAfter() != null) {
            response.header(
                    HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        }
        return response;
    }
}
