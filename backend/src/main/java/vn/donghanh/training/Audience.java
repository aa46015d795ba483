package vn.donghanh.training;

import vn.donghanh.security.Role;

/** Who a course is for: the volunteer mentors, the commune officers, or both. */
public enum Audience {
    MENTORS,
    OFFICERS,
    BOTH;

    /** Whether an account of this role takes courses of this audience. */
    public boolean includes(Role role) {
        return switch (this) {
            case MENTORS -> role == Role.MENTOR;
            case OFFICERS -> role == Role.OFFICER;
            case BOTH -> role == Role.MENTOR || role == Role.OFFICER;
        };
    }
}
