package vn.donghanh.client.model;

/** The account roles of the API; the phone app serves PERSON, MENTOR and OFFICER. */
public enum Role {
    ADMIN,
    SUPERVISOR,
    OFFICER,
    MENTOR,
    PERSON;

    public static Role parse(String name) {
        return name == null ? null : Role.valueOf(name);
    }
}
