package vn.donghanh.security;

/**
 * Who is asking: the basis of every scope decision. {@link CallerResolver} builds it from the
 * verified access token's claims alone (the account row is not read for it); that the account is
 * still active and the token still current is checked separately by {@link TokenVersionFilter}.
 * {@code unitPath} covers the caller's unit and all below it; {@code clientAddress} is the request's.
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
