package vn.donghanh.client.support;

import vn.donghanh.client.time.Clock;

/** A clock the test moves by hand. */
public final class ManualClock implements Clock {
    private long now;

    public ManualClock(long now) {
        this.now = now;
    }

    @Override
    public synchronized long nowMillis() {
        return now;
    }

    public synchronized void advance(long millis) {
        now += millis;
    }
}
