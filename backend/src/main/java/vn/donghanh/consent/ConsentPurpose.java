package vn.donghanh.consent;

/**
 * What a person may consent to, each separately (Personal Data Protection Law 91/2025). A purpose
 * never decided on has no row; what that means is the purpose's own rule, below.
 */
public enum ConsentPurpose {
    /** Attach a coarse location (about 1 km) to their own check-ins. Undecided: no location. */
    LOCATION_ON_CHECKIN,
    /**
     * Details shared with a provider the person is referred to. Recorded; each referral's own shared
     * fields, chosen by the person when they accept it, decide what a provider sees.
     */
    SHARE_WITH_REFERRAL_PROVIDER,
    /**
     * Appointment reminders and notices by SMS. Honoured: withdrawn, the reminder channel goes back
     * to the app and SMS cannot be chosen again until it is granted. Undecided: SMS goes where the
     * reminder settings chose it (a feature-phone person cannot reach this switch in the app).
     */
    SMS_REMINDERS,
    /** Being contacted by a peer club. Recorded for the clubs feature; undecided: not contacted. */
    PEER_CLUB_CONTACT,
    /** Use of the case in anonymised statistics. Recorded; the reports count cases and show no one. */
    ANONYMISED_STATISTICS
}
