package vn.donghanh.client.presenter.lock;

/** What the settings screen shows about the app lock. */
public final class SettingsModel {
    public final boolean lockEnabled;
    /** One of {@link #idleChoicesMillis}. */
    public final long idleMillis;

    public final long[] idleChoicesMillis;
    /** The lock belongs to a signed-in account; signed out there is nothing to lock. */
    public final boolean signedIn;

    public SettingsModel(boolean lockEnabled, long idleMillis, long[] idleChoicesMillis, boolean signedIn) {
        this.lockEnabled = lockEnabled;
        this.idleMillis = idleMillis;
        this.idleChoicesMillis = idleChoicesMillis;
        this.signedIn = signedIn;
    }
}
