package vn.donghanh.client.presenter.club;

/** Why an alias was refused, for the View to pick its string (the server's rules, checked first on the phone). */
public enum AliasProblem {
    /** 2 to 40 characters. */
    LENGTH,
    /** Letters, digits, spaces and . - _ only. */
    CHARACTERS,
    /** Looks like a phone number (6 digits or more). */
    PHONE_NUMBER,
    /** Another member uses it (the server's 409). */
    TAKEN,
    /** The server refused it for another reason (e.g. it is the person's own name). */
    NOT_ALLOWED
}
