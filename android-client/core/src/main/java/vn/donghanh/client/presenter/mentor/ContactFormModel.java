package vn.donghanh.client.presenter.mentor;

import java.util.List;

/** The "log a contact" form: the time it starts at and the limits the server accepts. */
public final class ContactFormModel {
    public final long defaultOccurredAtMillis;
    /** The earliest time accepted (30 days back, like the server). */
    public final long earliestMillis;
    /** The latest time accepted (10 minutes ahead, the server's allowance for clock drift). */
    public final long latestMillis;
    /** Concern names in display order. */
    public final List<String> concerns;

    public ContactFormModel(
            long defaultOccurredAtMillis, long earliestMillis, long latestMillis, List<String> concerns) {
        this.defaultOccurredAtMillis = defaultOccurredAtMillis;
        this.earliestMillis = earliestMillis;
        this.latestMillis = latestMillis;
        this.concerns = concerns;
    }
}
