package vn.donghanh.auth;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import vn.donghanh.auth.ratelimit.SignInLimiter;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.PhoneNumbers;

/**
 * The sign-in endpoints' one entry point: the rate limits first (per client address, then per
 * target and address), then the credential checks in their own transaction ({@link AuthService}),
 * then a failure counted against the target. Limits are checked outside the check's transaction,
 * so a refused attempt holds no account row lock.
 */
@Singleton
public class SignInService {
    private final AuthService checks;
    private final SignInLimiter limiter;
    private final DataCipher cipher;

    public SignInService(AuthService checks, SignInLimiter limiter, DataCipher cipher) {
        this.checks = checks;
        this.limiter = limiter;
        this.cipher = cipher;
    }

    public AuthModels.TokenResponse staffLogin(AuthModels.StaffLogin request, String clientIp) {
        // Usernames compare case-insensitively in the database, so they count that way too.
        String target = cipher.keyedHash("username", request.username().trim().toLowerCase(Locale.ROOT));
        return guarded(target, clientIp, () -> checks.staffLogin(request, clientIp));
    }

    public AuthModels.TokenResponse personLogin(AuthModels.PersonLogin request, String clientIp) {
        return guarded(phoneTarget(request.phone()), clientIp, () -> checks.personLogin(request, clientIp));
    }

    public AuthModels.TokenResponse activate(AuthModels.Activate request, String clientIp) {
        return guarded(phoneTarget(request.phone()), clientIp, () -> checks.activate(request, clientIp));
    }

    public AuthModels.TokenResponse refresh(AuthModels.Refresh request, String clientIp) {
        refuseIfWaiting(limiter.admitRefresh(clientIp));
        return unwrap(checks.refresh(request.refreshToken()));
    }

    public void logout(AuthModels.Refresh request) {
        checks.logout(request.refreshToken());
    }

    private AuthModels.TokenResponse guarded(String target, String clientIp, Supplier<AuthService.LoginResult> check) {
        refuseIfWaiting(limiter.admitAttempt(clientIp));
        refuseIfWaiting(limiter.targetWait(target, clientIp));
        AuthService.LoginResult result = check.get();
        if (result instanceof AuthService.Failure) {
            limiter.countFailure(target, clientIp);
        }
        return unwrap(result);
    }

    /** "+84 912…" and "0912…" are one target, as they are one login. */
    private String phoneTarget(String phone) {
        return cipher.keyedHash("phone", PhoneNumbers.normalise(phone));
    }

    private static void refuseIfWaiting(Optional<Duration> wait) {
        if (wait.isPresent()) {
            throw ApiException.tooManyAttempts(wait.get());
        }
    }

    private static AuthModels.TokenResponse unwrap(AuthService.LoginResult result) {
        if (result instanceof AuthService.Failure failure) {
            throw failure.refusal();
        }
        return ((AuthService.Success) result).tokens();
    }
}
