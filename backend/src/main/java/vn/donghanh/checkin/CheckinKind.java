package vn.donghanh.checkin;

/**
 * A record that satisfies a plan: the person's own check-in, office presence, residence verification, or a
 * peer club's meeting attended (recorded only through the club's attendance, {@link CheckinService#recordGroupActivity}).
 */
public enum CheckinKind {
    SELF(PlanKind.SELF_CHECKIN),
    OFFICE_PRESENCE(PlanKind.OFFICE_PRESENCE),
    RESIDENCE_VERIFICATION(PlanKind.RESIDENCE_VERIFICATION),
    GROUP_ACTIVITY(PlanKind.GROUP_ACTIVITY);

    private final PlanKind satisfies;

    CheckinKind(PlanKind satisfies) {
        this.satisfies = satisfies;
    }

    public PlanKind satisfies() {
        return satisfies;
    }
}
