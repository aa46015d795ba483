package vn.donghanh.client.presenter;

/**
 * Time left until something, split for display ("còn 2 ngày 3 giờ" / "in 2 days 3 hours"): the
 * app formats it with its own strings, see {@link CountdownFormatter}.
 */
public final class Countdown {
    public final long days;
    public final long hours;
    public final long minutes;
    /** True when the moment has passed. */
    public final boolean passed;

    public Countdown(long days, long hours, long minutes, boolean passed) {
        this.days = days;
        this.hours = hours;
        this.minutes = minutes;
        this.passed = passed;
    }

    public static Countdown between(long nowMillis, long targetMillis) {
        long left = targetMillis - nowMillis;
        if (left <= 0) {
            return new Countdown(0, 0, 0, true);
        }
        long totalMinutes = (left + 59_999) / 60_000;
        return new Countdown(totalMinutes / (24 * 60), (totalMinutes / 60) % 24, totalMinutes % 60, false);
    }
}
