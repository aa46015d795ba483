package vn.donghanh.client.lock;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.json.JSONObject;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.time.Clock;

/**
 * The optional app lock: a PIN of 4–6 digits, separate from the sign-in PIN, asked when the app
 * comes back to the foreground after the chosen idle time (phones are shared in families). The
 * app forwards its screens' lifecycle ({@link #screenStarted} / {@link #screenStopped}) and
 * shows its lock screen while {@link #isLocked()}; notifications and background work never ask.
 *
 * <p>The PIN is kept as a salted PBKDF2 hash ({@link PinHash}). After {@link #FREE_TRIES} wrong
 * tries each further wrong one makes the user wait (30 s, doubling, at most 15 min); the count and
 * the wait are stored, so killing the app does not reset them. A new process starts locked.
 *
 * <p>Thread-safe; {@link #unlock} and {@link #setPin} are slow on purpose (the hash): call them off
 * the main thread.
 */
public final class AppLock {
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 6;
    /** The idle times offered: at once, 1, 5 and 15 minutes. */
    public static final long[] IDLE_CHOICES_MILLIS = {0L, 60_000L, 300_000L, 900_000L};

    public static final long DEFAULT_IDLE_MILLIS = 300_000L;
    /** Wrong tries allowed before the first wait. */
    public static final int FREE_TRIES = 5;

    static final long FIRST_WAIT_MILLIS = 30_000L;
    static final long MAX_WAIT_MILLIS = 15 * 60_000L;
    static final int DEFAULT_ITERATIONS = 20_000;

    /** What a PIN typed at the lock screen did. */
    public static final class Attempt {
        public enum Result {
            UNLOCKED,
            /** Wrong PIN; {@link #triesLeft} more before a wait ({@code 0}: the next wrong one waits). */
            WRONG,
            /** Too many wrong tries: nothing was checked; try again in {@link #waitMillis}. */
            WAIT
        }

        public final Result result;
        public final int triesLeft;
        public final long waitMillis;

        Attempt(Result result, int triesLeft, long waitMillis) {
            this.result = result;
            this.triesLeft = triesLeft;
            this.waitMillis = waitMillis;
        }
    }

    private final AppLockStore store;
    private final Clock clock;
    private final SecureRandom random;
    private final int iterations;

    /** The screens started and not stopped (by identity: a doubled start or stop counts once). */
    private final Set<Object> visibleScreens = Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>());
    /** When the last screen stopped (the app left the foreground); -1 while a screen shows. */
    private long backgroundSinceMillis = -1;

    private boolean locked;

    public AppLock(AppLockStore store, Clock clock) {
        this(store, clock, new SecureRandom(), DEFAULT_ITERATIONS);
    }

    AppLock(AppLockStore store, Clock clock, SecureRandom random, int iterations) {
        this.store = store;
        this.clock = clock;
        this.random = random;
        this.iterations = iterations;
        this.locked = isEnabled();
    }

    /** 4 to 6 digits, nothing else. */
    public static boolean isValidPin(String pin) {
        if (pin == null || pin.length() < MIN_DIGITS || pin.length() > MAX_DIGITS) {
            return false;
        }
        for (int i = 0; i < pin.length(); i++) {
            char c = pin.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public synchronized boolean isEnabled() {
        return Json.string(state(), "pin") != null;
    }

    /** How long the app may stay in the background before it asks for the PIN again. */
    public synchronized long idleMillis() {
        return Json.longValue(state(), "idleMillis", DEFAULT_IDLE_MILLIS);
    }

    public synchronized void setIdleMillis(long idleMillis) {
        JSONObject s = state();
        Json.put(s, "idleMillis", Math.max(0L, idleMillis));
        save(s);
    }

    /**
     * Turns the lock on with {@code pin}, or changes the PIN when it is on. The user who just set
     * it is not asked for it now. Slow (hashing).
     *
     * @throws IllegalArgumentException when the PIN is not 4–6 digits
     */
    public synchronized void setPin(String pin) {
        if (!isValidPin(pin)) {
            throw new IllegalArgumentException("the app PIN has 4 to 6 digits");
        }
        JSONObject s = state();
        Json.put(s, "pin", PinHash.hash(pin, iterations, random));
        if (!s.has("idleMillis")) {
            Json.put(s, "idleMillis", DEFAULT_IDLE_MILLIS);
        }
        s.remove("failures");
        s.remove("waitUntilMillis");
        save(s);
        locked = false;
    }

    /** Turns the lock off (from the settings screen, which is only reachable unlocked). */
    public synchronized void disable() {
        JSONObject s = state();
        s.remove("pin");
        s.remove("failures");
        s.remove("waitUntilMillis");
        save(s);
        locked = false;
    }

    /** Forgets the lock entirely (sign-out): the next account starts without one. */
    public synchronized void clear() {
        store.clear();
        locked = false;
    }

    /** True while the lock screen must cover the app. */
    public synchronized boolean isLocked() {
        if (locked && !isEnabled()) {
            locked = false;
        }
        return locked;
    }

    /** {@code screen} (the Activity) became visible: Activity.onStart. */
    public synchronized void screenStarted(Object screen) {
        if (visibleScreens.isEmpty()
                && backgroundSinceMillis >= 0
                && isEnabled()
                && clock.nowMillis() - backgroundSinceMillis >= idleMillis()) {
            locked = true;
        }
        visibleScreens.add(screen);
        backgroundSinceMillis = -1;
    }

    /**
     * A screen stopped (Activity.onStop) with the same object. When none is left the app is in the background and the
     * idle time starts, unless the screen is only being recreated (rotation: {@code
     * changingConfigurations}).
     */
    public synchronized void screenStopped(Object screen, boolean changingConfigurations) {
        boolean wasVisible = visibleScreens.remove(screen);
        if (wasVisible && visibleScreens.isEmpty() && !changingConfigurations) {
            backgroundSinceMillis = clock.nowMillis();
        }
    }

    /** Milliseconds the user must still wait before the next try; 0 when a try is allowed. */
    public synchronized long waitMillisLeft() {
        long until = Json.longValue(state(), "waitUntilMillis", 0);
        long left = until - clock.nowMillis();
        // A clock moved backwards must not lock the user out for longer than the longest wait.
        return Math.max(0L, Math.min(left, MAX_WAIT_MILLIS));
    }

    /** Checks the PIN typed at the lock screen. Slow (hashing). */
    public synchronized Attempt unlock(String pin) {
        if (!isEnabled()) {
            locked = false;
            return new Attempt(Attempt.Result.UNLOCKED, FREE_TRIES, 0);
        }
        long wait = waitMillisLeft();
        if (wait > 0) {
            return new Attempt(Attempt.Result.WAIT, 0, wait);
        }
        JSONObject s = state();
        if (PinHash.matches(pin, Json.string(s, "pin"))) {
            s.remove("failures");
            s.remove("waitUntilMillis");
            save(s);
            locked = false;
            return new Attempt(Attempt.Result.UNLOCKED, FREE_TRIES, 0);
        }
        int failures = (int) Json.longValue(s, "failures", 0) + 1;
        Json.put(s, "failures", failures);
        if (failures >= FREE_TRIES) {
            int beyond = Math.min(failures - FREE_TRIES, 10);
            long next = Math.min(MAX_WAIT_MILLIS, FIRST_WAIT_MILLIS << beyond);
            Json.put(s, "waitUntilMillis", clock.nowMillis() + next);
            save(s);
            return new Attempt(Attempt.Result.WAIT, 0, next);
        }
        save(s);
        return new Attempt(Attempt.Result.WRONG, FREE_TRIES - failures, 0);
    }

    private JSONObject state() {
        String json = store.load();
        if (json == null) {
            return new JSONObject();
        }
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException damaged) {
            return new JSONObject();
        }
    }

    private void save(JSONObject s) {
        store.save(s.toString());
    }
}
