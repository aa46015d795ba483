package vn.donghanh.client.presenter.officer;

/** One line of the officer's overdue list, ready to word: who, what kind of plan, for how long. */
public final class OverdueRow {
    public final String caseId;
    public final String fullName;
    /** An OverdueKind: SELF_CHECKIN, MENTOR_CONTACT, OFFICE_PRESENCE, RESIDENCE_VERIFICATION, RETENTION_CHECK, TRANSFER_ANSWER. */
    public final String kind;
    /** Whole days overdue (340 h is 14 days); 0 when under a day, then {@link #overdueHours} counts. */
    public final long overdueDays;
    /** Hours overdue as the server counted them when the list was read. */
    public final long overdueHours;
    /** Only an office-presence plan is met by recording presence here; other kinds get no button. */
    public final boolean offersOfficePresence;
    /** Presence for this case is recorded on this phone and not yet accepted by the server. */
    public final boolean presenceWaiting;
    /** That waiting presence is the one "Hoàn tác" can still take back (the undo bar speaks for it). */
    public final boolean presenceUndoable;

    public OverdueRow(
            String caseId,
            String fullName,
            String kind,
            long overdueDays,
            long overdueHours,
            boolean offersOfficePresence,
            boolean presenceWaiting,
            boolean presenceUndoable) {
        this.caseId = caseId;
        this.fullName = fullName;
        this.kind = kind;
        this.overdueDays = overdueDays;
        this.overdueHours = overdueHours;
        this.offersOfficePresence = offersOfficePresence;
        this.presenceWaiting = presenceWaiting;
        this.presenceUndoable = presenceUndoable;
    }
}
