package vn.donghanh.contact;

/** What a mentor noticed and wants the officer to know about. */
public enum Concern {
    SUSPECTED_RELAPSE,
    FAMILY_CONFLICT,
    UNEMPLOYMENT,
    HEALTH,
    HOUSING,
    LEGAL
}
