package vn.donghanh.client.presenter.person;

/** A job, course or loan nearby. */
public final class OpportunityRow {
    public final String id;
    /** JOB, COURSE or LOAN. */
    public final String type;

    public final String title;
    public final String providerName;
    public final String place;
    /** 0 same commune, 1 same province, 2 elsewhere. */
    public final int distance;

    public OpportunityRow(String id, String type, String title, String providerName, String place, int distance) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.providerName = providerName;
        this.place = place;
        this.distance = distance;
    }
}
