package vn.donghanh.contact;

public enum ContactType {
    HOME_VISIT,
    PHONE_CALL,
    MEETING,
    GROUP_ACTIVITY
}
