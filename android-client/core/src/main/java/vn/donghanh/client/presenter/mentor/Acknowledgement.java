package vn.donghanh.client.presenter.mentor;

/** Where a mentor's "Tôi đang lo" (I'm on it) for a help request or an alert stands. */
public enum Acknowledgement {
    /** Nobody has said they are on it: show the button. */
    NONE,
    /** Tapped on this phone, waiting in the outbox ("chưa gửi"). */
    QUEUED,
    /** Tapped on this phone, the server refused it for good (visible in the unsent items). */
    FAILED,
    /** Tapped on this phone and accepted by the server. */
    SENT,
    /** The server's record says someone (maybe another helper) is on it. */
    RECORDED
}
