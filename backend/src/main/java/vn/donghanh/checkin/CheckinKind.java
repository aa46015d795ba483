package vn.donghanh.checkin;

/** A record that satisfies a plan: the person's own check-in, office presence, residence verification. */
public enum CheckinKind {
    SELF(PlanKind.SELF_CHECKIN),
    OFFICE_PRESENCE(PlanKind.OFFICE_PRESENCE),
    RESIDENCE_VERIFICATION(PlanKind.RESIDENCE_VERIFICATION);

    private final PlanKind satisfies;

    CheckinKind(PlanKind satisfies) {
        this.satisfies = satisfies;
    }

    public PlanKind satisfies() {
        return satisfies;
    }
}
