package vn.donghanh.client.presenter.mentor;

/** An open job, course or loan the mentee can be referred to. */
public final class OpportunityRow {
    public enum Referred {
        NO,
        /** Referred from this phone, waiting in the outbox. */
        QUEUED,
        /** Referred from this phone, refused by the server (e.g. no longer open). */
        FAILED,
        /** Referred from this phone and accepted. */
        SENT
    }

    public final String id;
    /** OpportunityType name (JOB, COURSE, LOAN). */
    public final String type;

    public final String title;
    public final String providerName;
    public final String place;
    /** yyyy-MM-dd or null. */
    public final String deadline;

    public final Referred referred;

    public OpportunityRow(
            String id,
            String type,
            String title,
            String providerName,
            String place,
            String deadline,
            Referred referred) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.providerName = providerName;
        this.place = place;
        this.deadline = deadline;
        this.referred = referred;
    }
}
