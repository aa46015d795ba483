package vn.donghanh.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.account.AccountService;
import vn.donghanh.account.AccountSessions;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.CallerResolver;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.Role;
import vn.donghanh.security.SecretHasher;

/**
 * The checks behind sign-in for staff (username + password) and persons (phone + PIN), activation
 * with the code an officer handed over, and rotating refresh tokens: each refresh spends the token
 * and issues a new one in the same family; presenting a spent token again revokes the whole family.
 *
 * <p>Every failed sign-in or activation answers the same {@link #signInFailed()}, whatever the
 * reason (unknown, wrong secret, locked, inactive, not activated), and does the same work: a
 * bcrypt comparison and one audit row, so neither the answer nor its timing tells a stranger
 * whether a phone number belongs to a managed person. The owner of a locked account is told through
 * their own channel (inbox, push or SMS), never the one trying. Rate limits are
 * {@link SignInService}'s.
 */
@Singleton
public class AuthService {
    private final AccountRepository accounts;
    private final AccountService accountViews;
    private final RefreshTokenRepository refreshTokens;
    private final TokenGenerator tokenGenerator;
    private final SecretHasher hasher;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final AdminUnitService units;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final int maxFailedLogins;
    private final Duration lockout;
    private final LockNotice lockNotice;
    private final AccountSessions sessions;
    private final SecureRandom random = new SecureRandom();

    public AuthService(
            AccountRepository accounts,
            AccountService accountViews,
            RefreshTokenRepository refreshTokens,
            TokenGenerator tokenGenerator,
            SecretHasher hasher,
            DataCipher cipher,
            AuditLog audit,
            AdminUnitService units,
            Clock clock,
            LockNotice lockNotice,
            AccountSessions sessions,
            AuthSettings settings) {
        this.accounts = accounts;
        this.accountViews = accountViews;
        this.refreshTokens = refreshTokens;
        this.tokenGenerator = tokenGenerator;
        this.hasher = hasher;
        this.cipher = cipher;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
        this.accessTtl = settings.getAccessTokenTtl();
        this.refreshTtl = settings.getRefreshTokenTtl();
        this.maxFailedLogins = settings.getMaxFailedLogins();
        this.lockout = settings.getLockout();
        this.lockNotice = lockNotice;
        this.sessions = sessions;
    }

    /** The outcome of a login attempt; failures are committed before the refusal is thrown. */
    public sealed interface LoginResult permits Success, Failure {}

    public record Success(AuthModels.TokenResponse tokens) implements LoginResult {}

    public record Failure(ApiException refusal) implements LoginResult {}

    @Transactional
    public LoginResult staffLogin(AuthModels.StaffLogin request, String clientIp) {
        Optional<AccountEntity> account = accounts.findByUsername(request.username());
        if (account.isEmpty() || "PERSON".equals(account.get().role())) {
            return unknownTarget(request.password(), clientIp);
        }
        return check(account.get(), request.password(), clientIp);
    }

    @Transactional
    public LoginResult personLogin(AuthModels.PersonLogin request, String clientIp) {
        Optional<AccountEntity> account = accounts.findByLoginPhoneHash(cipher.phoneLookupHash(request.phone()));
        if (account.isEmpty() || account.get().passwordHash() == null) {
            return unknownTarget(request.pin(), clientIp);
        }
        return check(account.get(), request.pin(), clientIp);
    }

    private LoginResult check(AccountEntity account, String secret, String clientIp) {
        Instant now = clock.instant();
        AccountEntity locked = accounts.findByIdForUpdate(account.id()).orElseThrow();
        // Compare first, whatever the account's state, so every refusal costs one bcrypt.
        boolean matches = locked.passwordHash() != null && hasher.matches(secret, locked.passwordHash());
        if (locked.passwordHash() == null) {
            hasher.burn(secret);
        }
        if (isLocked(locked, now)) {
            audit.append(loginFailed(locked, clientIp, "while locked"));
            return new Failure(signInFailed());
        }
        if (!locked.active() || !matches) {
            recordFailure(locked, now, clientIp);
            return new Failure(signInFailed());
        }
        if (locked.failedLogins() != 0 || locked.lockedUntil() != null) {
            accounts.update(locked.withLoginState(0, null));
        }
        audit.append(new AuditEntry(
                locked.id(), locked.role(), AuditAction.LOGIN, null, "account:" + locked.id(), clientIp, null));
        return new Success(issue(locked, UUID.randomUUID().toString()));
    }

    @Transactional
    public LoginResult activate(AuthModels.Activate request, String clientIp) {
        Optional<AccountEntity> found = accounts.findByLoginPhoneHash(cipher.phoneLookupHash(request.phone()));
        Instant now = clock.instant();
        String presented = SecretHasher.sha256(normaliseCode(request.code()));
        if (found.isEmpty()) {
            return unknownTarget(request.pin(), clientIp);
        }
        AccountEntity account = accounts.findByIdForUpdate(found.get().id()).orElseThrow();
        boolean valid = account.activationCodeHash() != null
                && account.activationExpiresAt() != null
                && account.activationExpiresAt().isAfter(now)
                && MessageDigest.isEqual(
                        account.activationCodeHash().getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII));
        if (isLocked(account, now)) {
            hasher.burn(request.pin());
            audit.append(loginFailed(account, clientIp, "activation while locked"));
            return new Failure(signInFailed());
        }
        if (!valid) {
            // A valid activation spends one bcrypt (hashing the new PIN); so does every refusal.
            hasher.burn(request.pin());
            recordFailure(account, now, clientIp);
            return new Failure(signInFailed());
        }
        AccountEntity activated = account.activated(hasher.hashPassword(request.pin()));
        accounts.update(activated);
        audit.append(new AuditEntry(
                account.id(),
                account.role(),
                AuditAction.ACCOUNT_ACTIVATE,
                account.caseId(),
                "account:" + account.id(),
                clientIp,
                null));
        return new Success(issue(activated, UUID.randomUUID().toString()));
    }

    private static boolean isLocked(AccountEntity account, Instant now) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(now);
    }

    /** The one answer to every failed sign-in or activation. */
    public static ApiException signInFailed() {
        return new ApiException(
                HttpStatus.UNAUTHORIZED,
                "sign-in-failed",
                "sign-in failed: the details are wrong, or this account cannot sign in now",
                List.of());
    }

    /**
     * No account answers to what was typed: the same bcrypt and the same audit row as a wrong
     * secret, so the refusal looks and takes the same.
     */
    /** The audit row of a refused sign-in to a known account, {@code detail} saying why. */
    private static AuditEntry loginFailed(AccountEntity account, String clientIp, String detail) {
        return new AuditEntry(
                account.id(),
                account.role(),
                AuditAction.LOGIN_FAILED,
                account.caseId(),
                "account:" + account.id(),
                clientIp,
                detail);
    }

    private Failure unknownTarget(String secret, String clientIp) {
        hasher.burn(secret);
        audit.append(
                new AuditEntry(null, null, AuditAction.LOGIN_FAILED, null, "account:unknown", clientIp, "unknown"));
        return new Failure(signInFailed());
    }

    /**
     * Counts a failed password, PIN or activation code; the last allowed failure locks the account
     * and tells its owner, in their inbox (and by push or SMS), that it happened and until when.
     */
    private void recordFailure(AccountEntity account, Instant now, String clientIp) {
        int failed = account.failedLogins() + 1;
        Instant lockedUntil = failed >= maxFailedLogins ? now.plus(lockout) : null;
        accounts.update(account.withLoginState(lockedUntil != null ? 0 : failed, lockedUntil));
        audit.append(loginFailed(account, clientIp, lockedUntil != null ? "locked" : "attempt " + failed));
        if (lockedUntil != null) {
            lockNotice.tell(account, lockedUntil);
        }
    }

    public static String normaliseCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    @Transactional
    public LoginResult refresh(String presented) {
        Instant now = clock.instant();
        Optional<RefreshTokenEntity> found = refreshTokens.findByTokenHashForUpdate(SecretHasher.sha256(presented));
        if (found.isEmpty()) {
            return new Failure(ApiException.unauthorized("unknown refresh token"));
        }
        RefreshTokenEntity token = found.get();
        // A deactivated account is said so first (its tokens were revoked with it, which would read as reuse).
        if (accounts.findById(token.accountId()).map(a -> !a.active()).orElse(true)) {
            return new Failure(ApiException.accountInactive());
        }
        if (token.usedAt() != null || token.revokedAt() != null) {
            // A spent token presented again means it was copied: end the whole session family.
            refreshTokens.revokeFamily(token.familyId(), now);
            return new Failure(ApiException.unauthorized("refresh token reuse detected; please sign in again"));
        }
        if (!token.expiresAt().isAfter(now)) {
            return new Failure(ApiException.unauthorized("refresh token expired"));
        }
        refreshTokens.markUsed(token.id(), now);
        AccountEntity account = accounts.findById(token.accountId()).orElseThrow();
        return new Success(issue(account, token.familyId()));
    }

    @Transactional
    public void logout(String presented) {
        refreshTokens
                .findByTokenHashForUpdate(SecretHasher.sha256(presented))
                .ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), clock.instant()));
    }

    private AuthModels.TokenResponse issue(AccountEntity account, String familyId) {
        String unitPath = units.require(account.adminUnitId(), "adminUnitId").path();
        Authentication authentication = CallerResolver.authenticationFor(
                account.id(),
                Role.valueOf(account.role()),
                account.displayName(),
                account.adminUnitId(),
                unitPath,
                account.organisationId(),
                account.caseId(),
                sessions.tokenVersion(account.id()));
        String access = tokenGenerator
                .generateToken(authentication, (int) accessTtl.toSeconds())
                .orElseThrow(() -> new IllegalStateException("could not sign an access token"));
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        refreshTokens.save(new RefreshTokenEntity(
                UUID.randomUUID().toString(),
                familyId,
                account.id(),
                SecretHasher.sha256(refresh),
                now,
                now.plus(refreshTtl),
                null,
                null));
        return new AuthModels.TokenResponse(
                access, "Bearer", accessTtl.toSeconds(), refresh, accountViews.view(account));
    }
}
