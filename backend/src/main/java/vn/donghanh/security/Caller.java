package vn.donghanh.security;

/**
 * Who is asking, resolved from the access token and the account row on every request:
 * the basis of every scope decision. {@code unitPath} covers the caller's unit and all below it.
 */
public record Caller(
        String accountId,
        Role role,
        String displayName,
        String unitId,
        String unitPath,
        String organisationId,
        String caseId,
        String clientAddress) {

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (role == r) {
                return true;
            }
        }
        return false;
    }
}
