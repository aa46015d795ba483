package vn.donghanh.security;

public enum Role {
    ADMIN,
    SUPERVISOR,
    OFFICER,
    MENTOR,
    PERSON
}
