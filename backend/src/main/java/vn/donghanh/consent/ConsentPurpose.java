package vn.donghanh.consent;

/** What a person may consent to, each separately (Personal Data Protection Law 91/2025). */
public enum ConsentPurpose {
    /** Attach a coarse location (about 1 km) to their own check-ins. */
    LOCATION_ON_CHECKIN
}
