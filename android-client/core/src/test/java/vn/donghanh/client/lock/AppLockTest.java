package vn.donghanh.client.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.support.ManualClock;

class AppLockTest {
    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private final InMemoryAppLockStore store = new InMemoryAppLockStore();
    private static final Object A = new Object();
    private static final Object B = new Object();
    private static final Object C = new Object();

    private AppLock lock() {
        return new AppLock(store, clock, new SecureRandom(), 1_000);
    }

    @Test
    void pinsHaveFourToSixDigits() {
        assertTrue(AppLock.isValidPin("1234"));
        assertTrue(AppLock.isValidPin("123456"));
        assertFalse(AppLock.isValidPin("123"));
        assertFalse(AppLock.isValidPin("1234567"));
        assertFalse(AppLock.isValidPin("12a4"));
        assertFalse(AppLock.isValidPin(" 1234"));
        assertFalse(AppLock.isValidPin(null));
        assertThrows(IllegalArgumentException.class, () -> lock().setPin("12"));
    }

    @Test
    void offByDefaultAndNeverLocks() {
        AppLock lock = lock();
        lock.screenStarted(A);
        lock.screenStopped(A, false);
        clock.advance(3_600_000);
        lock.screenStarted(A);
        assertFalse(lock.isEnabled());
        assertFalse(lock.isLocked());
    }

    @Test
    void thePinIsStoredAsASaltedHashNeverAsDigits() {
        lock().setPin("482913");
        String first = store.load();
        assertFalse(first.contains("482913"), first);
        assertTrue(first.contains("pbkdf2-sha1$1000$"), first);

        new AppLock(store, clock, new SecureRandom(), 1_000).setPin("482913");
        assertFalse(first.equals(store.load()), "a new salt each time the PIN is set");
    }

    @Test
    void settingThePinTurnsTheLockOnWithFiveMinutesAndDoesNotLockTheUserWhoSetIt() {
        AppLock lock = lock();
        lock.screenStarted(A);
        lock.setPin("4829");
        assertTrue(lock.isEnabled());
        assertEquals(300_000L, lock.idleMillis());
        assertFalse(lock.isLocked());
    }

    @Test
    void locksWhenTheAppComesBackAfterTheIdleTimeNotBefore() {
        AppLock lock = lock();
        lock.screenStarted(A);
        lock.setPin("4829");

        lock.screenStopped(A, false);
        clock.advance(299_000);
        lock.screenStarted(A);
        assertFalse(lock.isLocked(), "back within 5 minutes");

        lock.screenStopped(A, false);
        clock.advance(300_000);
        lock.screenStarted(A);
        assertTrue(lock.isLocked(), "back after 5 minutes");

        assertEquals(AppLock.Attempt.Result.UNLOCKED, lock.unlock("4829").result);
        assertFalse(lock.isLocked());
    }

    @Test
    void movingBetweenScreensOrRotatingIsNotLeavingTheApp() {
        AppLock lock = lock();
        lock.screenStarted(A);
        lock.setPin("4829");
        lock.setIdleMillis(0); // "at once"
        clock.advance(600_000); // a long time on the first screen

        lock.screenStarted(B); // the next screen starts before the first one stops
        lock.screenStopped(A, false);
        assertFalse(lock.isLocked());

        lock.screenStopped(B, true); // rotation: stop, then the recreated screen starts
        lock.screenStarted(C);
        assertFalse(lock.isLocked());

        lock.screenStarted(C); // a doubled start (or stop) counts once
        lock.screenStopped(C, false); // home button
        lock.screenStopped(C, false);
        lock.screenStarted(C);
        assertTrue(lock.isLocked(), "\"at once\" locks as soon as the app was left");
    }

    @Test
    void aNewProcessStartsLockedWhenTheLockIsOn() {
        lock().setPin("4829");
        assertTrue(lock().isLocked());
    }

    @Test
    void fiveWrongTriesMakeTheUserWaitLongerEachTimeAndTheWaitSurvivesARestart() {
        AppLock lock = lock();
        lock.setPin("4829");
        lock = lock();
        for (int left = 4; left >= 1; left--) {
            AppLock.Attempt a = lock.unlock("0000");
            assertEquals(AppLock.Attempt.Result.WRONG, a.result);
            assertEquals(left, a.triesLeft);
        }
        AppLock.Attempt fifth = lock.unlock("0000");
        assertEquals(AppLock.Attempt.Result.WAIT, fifth.result);
        assertEquals(30_000L, fifth.waitMillis);

        AppLock restarted = lock();
        assertEquals(
                AppLock.Attempt.Result.WAIT,
                restarted.unlock("4829").result,
                "the right PIN is not checked while waiting");
        assertTrue(restarted.isLocked());

        clock.advance(30_000);
        assertEquals(AppLock.Attempt.Result.WAIT, restarted.unlock("1111").result);
        assertEquals(60_000L, restarted.waitMillisLeft(), "each further wrong try doubles the wait");

        clock.advance(60_000);
        assertEquals(AppLock.Attempt.Result.UNLOCKED, restarted.unlock("4829").result);
        assertEquals(AppLock.Attempt.Result.WRONG, restarted.unlock("0000").result, "the count starts again");
    }

    @Test
    void theWaitIsCappedEvenWhenTheClockJumpsBack() {
        AppLock lock = lock();
        lock.setPin("4829");
        for (int i = 0; i < 30; i++) {
            lock.unlock("0000");
            clock.advance(lock.waitMillisLeft());
        }
        lock.unlock("0000");
        assertTrue(lock.waitMillisLeft() <= 15 * 60_000L);
        clock.advance(-86_400_000L);
        assertTrue(lock.waitMillisLeft() <= 15 * 60_000L);
    }

    @Test
    void disableAndClearForgetThePin() {
        AppLock lock = lock();
        lock.setPin("4829");
        lock.setIdleMillis(60_000);
        lock.disable();
        assertFalse(lock.isEnabled());
        assertEquals(60_000L, lock.idleMillis(), "the chosen idle time stays for next time");

        lock.setPin("4829");
        lock.clear();
        assertFalse(lock.isEnabled());
        assertEquals(null, store.load());
        assertFalse(lock().isLocked(), "after sign-out the next start is not locked");
    }

    @Test
    void aDamagedStoreMeansNoLockRatherThanACrash() {
        store.save("{not json");
        assertFalse(lock().isEnabled());
        store.save("{\"pin\":\"pbkdf2-sha1$x$zz$yy\"}");
        assertEquals(AppLock.Attempt.Result.WRONG, lock().unlock("1234").result);
    }
}
