package vn.donghanh.client.presenter.person;

import java.util.List;

/** Everything the person's home screen shows. Nullable fields are simply not known (yet). */
public final class PersonHomeModel {
    public final String caseId;
    public final String displayName;
    /** Null when nothing is scheduled. */
    public final AppointmentRow nextAppointment;
    /** Null when no mentor is assigned. */
    public final String mentorName;
    /** Null when unknown (offline before the first online load) or not shared: hide "call". */
    public final String mentorPhone;
    /** The mentor's account, recipient of messages; null hides "message". */
    public final String mentorAccountId;
    /** Days left in the management period (0 = ends today); null when unknown. */
    public final Integer daysRemaining;

    public final List<OpportunityRow> opportunities;
    /** Check-ins, help requests... created here and not yet accepted by the server. */
    public final int unsentCount;
    /** Of those, refused by the server (shown with a warning). */
    public final int failedCount;
    /** True when this comes from local data only (no server contact this time). */
    public final boolean offline;

    public PersonHomeModel(
            String caseId,
            String displayName,
            AppointmentRow nextAppointment,
            String mentorName,
            String mentorPhone,
            String mentorAccountId,
            Integer daysRemaining,
            List<OpportunityRow> opportunities,
            int unsentCount,
            int failedCount,
            boolean offline) {
        this.caseId = caseId;
        this.displayName = displayName;
        this.nextAppointment = nextAppointment;
        this.mentorName = mentorName;
        this.mentorPhone = mentorPhone;
        this.mentorAccountId = mentorAccountId;
        this.daysRemaining = daysRemaining;
        this.opportunities = opportunities;
        this.unsentCount = unsentCount;
        this.failedCount = failedCount;
        this.offline = offline;
    }
}
