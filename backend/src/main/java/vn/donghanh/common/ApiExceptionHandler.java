package vn.donghanh.common;

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
        return problems.render(request, e.status(), e.type(), e.getMessage(), e.errors());
    }
}
