package vn.donghanh.client.api;

/**
 * The call was meant for one account (an outbox item's author) but another account is signed in
 * on this phone; nothing was sent. Not an error of the request: it waits for its owner.
 */
public final class OtherAccountSignedInException extends ApiException {
    public OtherAccountSignedInException() {
        super(0, null, "another account is signed in", -1);
    }
}
