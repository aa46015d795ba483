package vn.donghanh.client.presenter.lock;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.lock.AppLock;
import vn.donghanh.client.presenter.Presenter;

/**
 * App lock settings: on/off, set or change the PIN (typed twice), idle time. Turning the lock on
 * is setting a PIN; the screen is only reachable unlocked, so changing it asks nothing more.
 */
public final class SettingsPresenter extends Presenter<SettingsView> {
    private final AppLock lock;

    public SettingsPresenter(SettingsView view, DongHanhClient client, AppLock lock) {
        super(view, client);
        this.lock = lock;
    }

    public void start() {
        show();
    }

    /** Sets (turns the lock on) or changes the PIN. */
    public void savePin(String pin, String repeat) {
        final String p = pin == null ? "" : pin.trim();
        String r = repeat == null ? "" : repeat.trim();
        SettingsView v = view();
        if (v == null) {
            return;
        }
        if (!AppLock.isValidPin(p)) {
            v.showPinProblem(SettingsView.PinProblem.FORMAT);
            return;
        }
        if (!p.equals(r)) {
            v.showPinProblem(SettingsView.PinProblem.MISMATCH);
            return;
        }
        load(
                () -> {
                    lock.setPin(p);
                    return model();
                },
                (view, model) -> {
                    view.showPinSaved();
                    view.showSettings(model);
                });
    }

    public void disableLock() {
        lock.disable();
        show();
    }

    /** Ignored unless it is one of the offered choices. */
    public void chooseIdle(long idleMillis) {
        for (long choice : AppLock.IDLE_CHOICES_MILLIS) {
            if (choice == idleMillis) {
                lock.setIdleMillis(idleMillis);
            }
        }
        show();
    }

    private void show() {
        SettingsView v = view();
        if (v != null) {
            v.showSettings(model());
        }
    }

    private SettingsModel model() {
        long idle = lock.idleMillis();
        boolean offered = false;
        for (long choice : AppLock.IDLE_CHOICES_MILLIS) {
            offered |= choice == idle;
        }
        return new SettingsModel(
                lock.isEnabled(),
                offered ? idle : AppLock.DEFAULT_IDLE_MILLIS,
                AppLock.IDLE_CHOICES_MILLIS.clone(),
                client.auth().current() != null);
    }
}
