package vn.donghanh.console;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import vn.donghanh.account.AccountModels;
import vn.donghanh.account.AccountSessions;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.auth.AuthModels;
import vn.donghanh.auth.SignInService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.security.SecretHasher;

/**
 * Console sign-in, sessions and sign-out. Sign-in goes through the API's own {@link SignInService}
 * (rate limits, lockout, the same refusal, the same audit rows); the refresh token it issues is
 * revoked at once (the console never hands tokens to the browser) and a server-side session is
 * created instead: an opaque random token in the cookie, its SHA-256 in {@code console_session}.
 * Each request resolves the session to the same {@link Caller} an access token gives, after
 * checking the idle and absolute timeouts and that the account is still active at the version
 * the session was created under (deactivation or an access change ends the session at once).
 */
@Singleton
public class ConsoleSessions {
    /** What the person typed looks like a phone number: a person's sign-in (phone + PIN). */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .-]{7,18}");

    private final SignInService signIn;
    private final AccountSessions accounts;
    private final AdminUnitService units;
    private final ConsoleSessionStore store;
    private final ConsoleConfig config;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ConsoleSessions(
            SignInService signIn,
            AccountSessions accounts,
            AdminUnitService units,
            ConsoleSessionStore store,
            ConsoleConfig config,
            Clock clock) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.units = units;
        this.store = store;
        this.config = config;
        this.clock = clock;
    }

    /** The outcome of a sign-in that the credentials passed. */
    public sealed interface SignedIn permits Started, AppOnly {}

    /** A staff session began; {@code token} goes into the cookie. */
    public record Started(String token, ConsoleSession session) implements SignedIn {}

    /** A person or mentor: they work in the phone app; no session is kept. */
    public record AppOnly(Role role) implements SignedIn {}

    /**
     * Signs in with what the form carried. Throws the API's {@code ApiException} on refusal
     * (401 sign-in failed, 429 with the wait), exactly as {@code POST /api/v1/auth/login} would.
     */
    public SignedIn signIn(String identifier, String secret, String clientIp) {
        String id = identifier.trim();
        AuthModels.TokenResponse tokens = PHONE.matcher(id).matches()
                ? signIn.personLogin(new AuthModels.PersonLogin(id, secret), clientIp)
                : signIn.staffLogin(new AuthModels.StaffLogin(id, secret), clientIp);
        // The console keeps no tokens: end the refresh family the sign-in started.
        signIn.logout(new AuthModels.Refresh(tokens.refreshToken()));
        AccountModels.Account account = tokens.account();
        if (account.role() == Role.PERSON || account.role() == Role.MENTOR) {
            return new AppOnly(account.role());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String token = randomToken();
        String unitPath = units.require(account.adminUnitId(), "adminUnitId").path();
        ConsoleSessionStore.Row row = new ConsoleSessionStore.Row(
                SecretHasher.sha256(token),
                account.id(),
                account.role().name(),
                account.displayName(),
                account.adminUnitId(),
                unitPath,
                account.organisationId(),
                accounts.tokenVersion(account.id()),
                randomToken(),
                now,
                now,
                now.plus(config.getAbsoluteTimeout()));
        store.insert(row);
        return new Started(token, session(row, clientIp));
    }

    /** The live session the cookie names, or empty (unknown, timed out, account ended). */
    public Optional<ConsoleSession> resolve(String token, String clientIp) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = SecretHasher.sha256(token);
        Optional<ConsoleSessionStore.Row> found = store.find(hash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ConsoleSessionStore.Row row = found.get();
        Instant now = clock.instant();
        boolean ended =
                !now.isBefore(row.expiresAt()) || !now.isBefore(row.lastSeenAt().plus(config.getIdleTimeout()));
        OptionalInt accepted = ended ? OptionalInt.empty() : accounts.acceptedVersion(row.accountId());
        if (ended || accepted.isEmpty() || accepted.getAsInt() != row.tokenVersion()) {
            store.delete(hash);
            return Optional.empty();
        }
        // One write a minute at most per session: enough for a 30-minute idle timeout.
        if (now.isAfter(row.lastSeenAt().plusSeconds(60))) {
            store.touch(hash, now.truncatedTo(ChronoUnit.MILLIS));
        }
        return Optional.of(session(row, clientIp));
    }

    public void signOut(ConsoleSession session) {
        store.delete(session.tokenHash());
    }

    /**
     * Sweeps ended sessions (they are refused on use anyway; this keeps the table small): a batch at a time until
     * a batch comes back short, so that a busy day's sessions are all gone after one sweep, not a thousand a run.
     */
    @Scheduled(fixedDelay = "10m", initialDelay = "5m")
    void sweep() {
        Instant now = clock.instant();
        Instant idleBefore = now.minus(config.getIdleTimeout());
        while (store.deleteEnded(now, idleBefore) == ConsoleSessionStore.SWEEP_BATCH) {
            // another batch
        }
    }

    /** 32 random bytes, base64url: 43 characters. */
    String randomToken() {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static ConsoleSession session(ConsoleSessionStore.Row row, String clientIp) {
        Caller caller = new Caller(
                row.accountId(),
                Role.valueOf(row.role()),
                row.displayName(),
                row.adminUnitId(),
                row.unitPath(),
                row.organisationId(),
                null,
                clientIp);
        return new ConsoleSession(row.tokenHash(), row.csrfToken(), caller);
    }
}
