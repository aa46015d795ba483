package vn.donghanh.client.presenter.person;

/** Someone the person can turn to: their mentor or a commune officer responsible for the case. */
public final class Helper {
    public enum Role {
        MENTOR,
        OFFICER
    }

    public final Role role;
    /** The account (message recipient); may be null. */
    public final String accountId;

    public final String name;
    /** Null when the phone does not know it: show that, never a Call button that cannot work. */
    public final String phone;

    public Helper(Role role, String accountId, String name, String phone) {
        this.role = role;
        this.accountId = accountId;
        this.name = name;
        this.phone = phone;
    }
}
