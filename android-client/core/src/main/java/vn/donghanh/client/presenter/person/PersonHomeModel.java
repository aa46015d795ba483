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
    /** Null when unknown (never read online on this phone) or not shared: hide "call". */
    public final String mentorPhone;
    /** The mentor's account, recipient of messages; null hides "message". */
    public final String mentorAccountId;
    /** Days left in the management period (0 = ends today); null when unknown. */
    public final Integer daysRemaining;

    public final List<OpportunityRow> opportunities;
    /** False when the offers were never read online on this phone: say so, not "none". */
    public final boolean opportunitiesKnown;
    /** When the offers shown were read, when they come from the phone's copy; null when live. */
    public final Long opportunitiesSavedAtMillis;
    /** Check-ins, help requests... created here and not yet accepted by the server. */
    public final int unsentCount;
    /** Of those, refused by the server (shown with a warning). */
    public final int failedCount;
    /** True when this comes from local data only (no server contact this time). */
    public final boolean offline;

    /** Mentor first, then the commune officers; phones as last read online (may be null). */
    public final List<Helper> helpers;
    /** When the helpers' numbers were read from the server (null: never on this phone). */
    public final Long helpersSavedAtMillis;
    /** When the last sync reached the end of the feed (null: never). */
    public final Long lastSyncedAtMillis;

    /** Today's check-in and the streak (synced and queued check-ins, in the case's zone). */
    public final CheckinStreak checkins;
    /** The latest request for help of the last day, or null. */
    public final HelpStatus help;
    /** Offer the optional mood and craving steps (not once today is done or while help is open). */
    public final boolean askMood;
    /** The commune the case belongs to, as last read online ("Xã Tân Thịnh"); null when unknown. */
    public final String communeName;
    /** Set when the case moved to another commune and the person has not yet said "Đã hiểu". */
    public final CommuneNotice communeNotice;

    public PersonHomeModel(
            String caseId,
            String displayName,
            AppointmentRow nextAppointment,
            String mentorName,
            String mentorPhone,
            String mentorAccountId,
            Integer daysRemaining,
            List<OpportunityRow> opportunities,
            boolean opportunitiesKnown,
            Long opportunitiesSavedAtMillis,
            int unsentCount,
            int failedCount,
            boolean offline,
            List<Helper> helpers,
            Long helpersSavedAtMillis,
            Long lastSyncedAtMillis,
            CheckinStreak checkins,
            HelpStatus help) {
        this(
                caseId,
                displayName,
                nextAppointment,
                mentorName,
                mentorPhone,
                mentorAccountId,
                daysRemaining,
                opportunities,
                opportunitiesKnown,
                opportunitiesSavedAtMillis,
                unsentCount,
                failedCount,
                offline,
                helpers,
                helpersSavedAtMillis,
                lastSyncedAtMillis,
                checkins,
                help,
                null,
                null);
    }

    public PersonHomeModel(
            String caseId,
            String displayName,
            AppointmentRow nextAppointment,
            String mentorName,
            String mentorPhone,
            String mentorAccountId,
            Integer daysRemaining,
            List<OpportunityRow> opportunities,
            boolean opportunitiesKnown,
            Long opportunitiesSavedAtMillis,
            int unsentCount,
            int failedCount,
            boolean offline,
            List<Helper> helpers,
            Long helpersSavedAtMillis,
            Long lastSyncedAtMillis,
            CheckinStreak checkins,
            HelpStatus help,
            String communeName,
            CommuneNotice communeNotice) {
        this.communeName = communeName;
        this.communeNotice = communeNotice;
        this.caseId = caseId;
        this.displayName = displayName;
        this.nextAppointment = nextAppointment;
        this.mentorName = mentorName;
        this.mentorPhone = mentorPhone;
        this.mentorAccountId = mentorAccountId;
        this.daysRemaining = daysRemaining;
        this.opportunities = opportunities;
        this.opportunitiesKnown = opportunitiesKnown;
        this.opportunitiesSavedAtMillis = opportunitiesSavedAtMillis;
        this.unsentCount = unsentCount;
        this.failedCount = failedCount;
        this.offline = offline;
        this.helpers = helpers;
        this.helpersSavedAtMillis = helpersSavedAtMillis;
        this.lastSyncedAtMillis = lastSyncedAtMillis;
        this.checkins = checkins;
        this.help = help;
        this.askMood = !checkins.checkedInToday && (help == null || help.state == HelpStatus.State.ANSWERED);
    }

    /** The commune's officers (new ones after a move), in the order the server listed them. */
    public List<Helper> officers() {
        List<Helper> out = new java.util.ArrayList<>();
        for (Helper h : helpers) {
            if (h.role == Helper.Role.OFFICER) {
                out.add(h);
            }
        }
        return out;
    }

    /** True when at least one helper's number is on the phone. */
    public boolean canCallSomeone() {
        for (Helper h : helpers) {
            if (h.phone != null) {
                return true;
            }
        }
        return false;
    }
}
