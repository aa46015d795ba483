package vn.donghanh.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.OptionalInt;
import vn.donghanh.account.AccountSessions;
import vn.donghanh.common.ProblemResponseProcessor;

/**
 * Refuses a verified access token whose account has since been deactivated or whose token version
 * was bumped (role or access changed, signed out everywhere), on the next request rather than when
 * the token expires. One primary-key read per authenticated request, on a blocking thread.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class TokenVersionFilter implements Ordered {
    private final AccountSessions sessions;
    private final ProblemResponseProcessor problems;

    public TokenVersionFilter(AccountSessions sessions, ProblemResponseProcessor problems) {
        this.sessions = sessions;
        this.problems = problems;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        Authentication authentication =
                request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) {
            return null;
        }
        OptionalInt accepted = sessions.acceptedVersion(authentication.getName());
        if (accepted.isPresent() && accepted.getAsInt() == CallerResolver.tokenVersion(authentication)) {
            return null;
        }
        if (accepted.isEmpty()) {
            // Deactivated (or gone): the phone wipes what it holds, so say so apart from an ended session.
            return problems.render(
                    request, HttpStatus.UNAUTHORIZED, "account-inactive", "the account is not active", List.of());
        }
        return problems.render(
                request,
                HttpStatus.UNAUTHORIZED,
                "unauthorized",
                "this sign-in has ended (the account was deactivated or its access changed); please sign in again",
                List.of());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
