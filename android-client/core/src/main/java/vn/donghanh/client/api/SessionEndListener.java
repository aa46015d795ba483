package vn.donghanh.client.api;

import vn.donghanh.client.model.Session;

/** Hears that the server ended a session for good; called on the thread that made the request. */
public interface SessionEndListener {
    /** The account was deactivated; {@code ended} is the session as it was (already forgotten). */
    void onAccountDeactivated(Session ended);
}
