package vn.donghanh.client.api;

import vn.donghanh.client.model.Session;

/** Hears that the server ended a session for good; called on the thread that made the request. */
public interface SessionEndListener {
    /** The account was deactivated; {@code ended} is the session as it was (already forgotten). */
    void onAccountDeactivated(Session ended);

    /**
     * The server revoked the session (its refresh token): the account was deactivated, or its
     * password reset, or signed out everywhere. {@code ended} is the session as it was.
     */
    void onSessionRevoked(Session ended);
}
