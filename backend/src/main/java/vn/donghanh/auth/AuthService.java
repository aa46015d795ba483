package vn.donghanh.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.account.AccountService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.security.CallerResolver;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.Role;
import vn.donghanh.security.SecretHasher;

/**
 * Sign-in for staff (username + password) and persons (phone + PIN), activation with the code an
 * officer handed over, and rotating refresh tokens: each refresh spends the token and issues a new
 * one in the same family; presenting a spent token again revokes the whole family.
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
    private final SecureRandom random = new SecureRandom();

    public AuthService(AccountRepository accounts, AccountService accountViews, RefreshTokenRepository refreshTokens,
                       TokenGenerator tokenGenerator, SecretHasher hasher, DataCipher cipher, AuditLog audit,
                       AdminUnitService units, Clock clock,
                       @Value("${donghanh.auth.access-token-ttl}") Duration accessTtl,
                       @Value("${donghanh.auth.refresh-token-ttl}") Duration refreshTtl,
                       @Value("${donghanh.auth.max-failed-logins}") int maxFailedLogins,
                       @Value("${donghanh.auth.lockout}") Duration lockout) {
        this.accounts = accounts;
        this.accountViews = accountViews;
        this.refreshTokens = refreshTokens;
        this.tokenGenerator = tokenGenerator;
        this.hasher = hasher;
        this.cipher = cipher;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.maxFailedLogins = maxFailedLogins;
        this.lockout = lockout;
    }

    /** The outcome of a login attempt; failures are committed before the refusal is thrown. */
    public sealed interface LoginResult permits Success, Failure {
    }

    public record Success(TokenResponse tokens) implements LoginResult {
    }

    public record Failure(ApiException refusal) implements LoginResult {
    }

    @Transactional
    public LoginResult staffLogin(AuthRequests.StaffLogin request, String clientIp) {
        Optional<AccountEntity> account = accounts.findByUsername(request.username());
        if (account.isEmpty() || "PERSON".equals(account.get().role())) {
            hasher.burn(request.password());
            return new Failure(ApiException.unauthorized("wrong username or password"));
        }
        return check(account.get(), request.password(), clientIp);
    }

    @Transactional
    public LoginResult personLogin(AuthRequests.PersonLogin request, String clientIp) {
        Optional<AccountEntity> account = accounts.findByLoginPhoneHash(cipher.phoneLookupHash(request.phone()));
        if (account.isEmpty() || account.get().passwordHash() == null) {
            hasher.burn(request.pin());
            return new Failure(ApiException.unauthorized("wrong phone or PIN, or the account is not activated yet"));
        }
        return check(account.get(), request.pin(), clientIp);
    }

    private LoginResult check(AccountEntity account, String secret, String clientIp) {
        Instant now = clock.instant();
        AccountEntity locked = accounts.findByIdForUpdate(account.id()).orElseThrow();
        if (isLocked(locked, now)) {
            return lockedOut(locked);
        }
        if (!locked.active() || !hasher.matches(secret, locked.passwordHash())) {
            recordFailure(locked, now, clientIp);
            return new Failure(ApiException.unauthorized("wrong credentials"));
        }
        if (locked.failedLogins() != 0 || locked.lockedUntil() != null) {
            accounts.update(locked.withLoginState(0, null));
        }
        audit.append(new AuditEntry(locked.id(), locked.role(), AuditAction.LOGIN, null, "account:" + locked.id(), clientIp, null));
        return new Success(issue(locked, UUID.randomUUID().toString()));
    }

    @Transactional
    public LoginResult activate(AuthRequests.Activate request, String clientIp) {
        Optional<AccountEntity> found = accounts.findByLoginPhoneHash(cipher.phoneLookupHash(request.phone()));
        Instant now = clock.instant();
        if (found.isEmpty()) {
            return new Failure(ApiException.unauthorized("the code or phone is wrong"));
        }
        AccountEntity account = accounts.findByIdForUpdate(found.get().id()).orElseThrow();
        if (isLocked(account, now)) {
            return lockedOut(account);
        }
        boolean valid = account.activationCodeHash() != null && account.activationExpiresAt() != null
                && account.activationExpiresAt().isAfter(now)
                && account.activationCodeHash().equals(SecretHasher.sha256(normaliseCode(request.code())));
        if (!valid) {
            recordFailure(account, now, clientIp);
            return new Failure(ApiException.unauthorized("the code or phone is wrong, or the code has expired"));
        }
        AccountEntity activated = account.activated(hasher.hashPassword(request.pin()));
        accounts.update(activated);
        audit.append(new AuditEntry(account.id(), account.role(), AuditAction.ACCOUNT_ACTIVATE, account.caseId(),
                "account:" + account.id(), clientIp, null));
        return new Success(issue(activated, UUID.randomUUID().toString()));
    }

    private static boolean isLocked(AccountEntity account, Instant now) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(now);
    }

    private static Failure lockedOut(AccountEntity account) {
        return new Failure(new ApiException(io.micronaut.http.HttpStatus.UNAUTHORIZED, "account-locked",
                "too many failed attempts; try again after " + account.lockedUntil(), List.of()));
    }

    /** Counts a failed password, PIN or activation code; the last allowed failure locks the account. */
    private void recordFailure(AccountEntity account, Instant now, String clientIp) {
        int failed = account.failedLogins() + 1;
        Instant lockedUntil = failed >= maxFailedLogins ? now.plus(lockout) : null;
        accounts.update(account.withLoginState(lockedUntil != null ? 0 : failed, lockedUntil));
        audit.append(new AuditEntry(account.id(), account.role(), AuditAction.LOGIN_FAILED, account.caseId(),
                "account:" + account.id(), clientIp, lockedUntil != null ? "locked" : "attempt " + failed));
    }

    public static String normaliseCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    @Transactional
    public LoginResult refresh(String presented) {
        Instant now = clock.instant();
        Optional<RefreshTokenEntity> found = refreshTokens.findByTokenHashForUpdate(SecretHasher.sha256(presented));
        if (found.isEmpty()) {
            return new Failure(ApiException.unauthorized("unknown refresh token"));
        }
        RefreshTokenEntity token = found.get();
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
        if (!account.active()) {
            return new Failure(ApiException.unauthorized("the account is not active"));
        }
        return new Success(issue(account, token.familyId()));
    }

    @Transactional
    public void logout(String presented) {
        refreshTokens.findByTokenHashForUpdate(SecretHasher.sha256(presented))
                .ifPresent(t -> refreshTokens.revokeFamily(t.familyId(), clock.instant()));
    }

    private TokenResponse issue(AccountEntity account, String familyId) {
        String unitPath = units.require(account.adminUnitId(), "adminUnitId").path();
        Authentication authentication = CallerResolver.authenticationFor(account.id(), Role.valueOf(account.role()),
                account.displayName(), account.adminUnitId(), unitPath, account.organisationId(), account.caseId());
        String access = tokenGenerator.generateToken(authentication, (int) accessTtl.toSeconds())
                .orElseThrow(() -> new IllegalStateException("could not sign an access token"));
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        refreshTokens.save(new RefreshTokenEntity(UUID.randomUUID().toString(), familyId, account.id(),
                SecretHasher.sha256(refresh), now, now.plus(refreshTtl), null, null));
        return new TokenResponse(access, "Bearer", accessTtl.toSeconds(), refresh, accountViews.view(account));
    }
}
