package vn.donghanh.client.presenter.mentor;

import java.util.List;

/** The mentor's home: mentees (help waiting first, then overdue) and the alerts button's count. */
public final class MentorHomeModel {
    public final List<MenteeRow> mentees;
    public final boolean offline;
    /**
     * When the shown state was read: now online; offline the snapshot's time, else the last sync;
     * null when this phone has never synced.
     */
    public final Long asOfMillis;
    /** Offline without any copy of the alerts: what is overdue is unknown. */
    public final boolean overdueKnown;

    public final int openHelpRequests;
    public final int openAlerts;
    /**
     * Items queued for cases that are no longer the mentor's (removed from the phone): they are in
     * no row any more, so the home says they wait in "Chưa gửi" to be seen and discarded.
     */
    public final int notSendable;

    public MentorHomeModel(
            List<MenteeRow> mentees,
            boolean offline,
            Long asOfMillis,
            boolean overdueKnown,
            int openHelpRequests,
            int openAlerts) {
        this(mentees, offline, asOfMillis, overdueKnown, openHelpRequests, openAlerts, 0);
    }

    public MentorHomeModel(
            List<MenteeRow> mentees,
            boolean offline,
            Long asOfMillis,
            boolean overdueKnown,
            int openHelpRequests,
            int openAlerts,
            int notSendable) {
        this.notSendable = notSendable;
        this.mentees = mentees;
        this.offline = offline;
        this.asOfMillis = asOfMillis;
        this.overdueKnown = overdueKnown;
        this.openHelpRequests = openHelpRequests;
        this.openAlerts = openAlerts;
    }

    /** "Cảnh báo (N)": help requests plus overdue alerts. */
    public int alertsCount() {
        return openHelpRequests + openAlerts;
    }
}
