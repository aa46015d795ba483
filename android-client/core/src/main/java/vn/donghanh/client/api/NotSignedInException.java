package vn.donghanh.client.api;

/** No session, or the server refused the refresh token (expired, revoked, reused): sign in again. */
public class NotSignedInException extends ApiException {
    public NotSignedInException() {
        super(401, null, "not signed in", -1);
    }
}
