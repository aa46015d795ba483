package vn.donghanh.console;

import vn.donghanh.security.Caller;

/**
 * A signed-in staff member's console session, resolved for this request: the same {@link Caller}
 * the API builds from an access token (so every service applies the same scope and audit), and the
 * session's CSRF token for the page's forms. Console controllers take it as a parameter; a request
 * without a valid session never reaches such a method (it is sent to the sign-in page).
 */
public record ConsoleSession(String tokenHash, String csrfToken, Caller caller) {
    /** The request attribute the filter leaves it under. */
    public static final String ATTRIBUTE = "donghanh.console.session";
}
