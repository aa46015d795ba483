package vn.donghanh.client.presenter;

import java.io.IOException;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.NotSignedInException;

/** Why an action failed, for the View to pick a string; never a raw server text. */
public enum ErrorKind {
    /** No network or the server is unreachable; whatever was queued will be sent later. */
    OFFLINE,
    /** The session ended (expired, revoked, signed out elsewhere): show sign-in. */
    NOT_SIGNED_IN,
    /** Wrong phone/PIN, username/password or activation code (the server does not say which). */
    WRONG_CREDENTIALS,
    /** A field is invalid; the View shows which (see the screen's field enum). */
    INVALID_INPUT,
    /** Not allowed for this account. */
    FORBIDDEN,
    NOT_FOUND,
    /** Someone changed it first, or the id is already used. */
    CONFLICT,
    /** Too many sign-in attempts from here: wait a few minutes (the server's 429). */
    TOO_MANY_ATTEMPTS,
    /** The server failed; try again later. */
    SERVER;

    public static ErrorKind of(Throwable error) {
        if (error instanceof NotSignedInException) {
            return NOT_SIGNED_IN;
        }
        if (error instanceof IOException) {
            return OFFLINE;
        }
        if (error instanceof ApiException) {
            int status = ((ApiException) error).status;
            if (status == 401) {
                return WRONG_CREDENTIALS;
            }
            if (status == 400 || status == 422) {
                return INVALID_INPUT;
            }
            if (status == 403) {
                return FORBIDDEN;
            }
            if (status == 404) {
                return NOT_FOUND;
            }
            if (status == 409) {
                return CONFLICT;
            }
            if (status == 429) {
                return TOO_MANY_ATTEMPTS;
            }
        }
        return SERVER;
    }
}
