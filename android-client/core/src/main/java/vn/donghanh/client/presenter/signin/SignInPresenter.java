package vn.donghanh.client.presenter.signin;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.concurrent.BackgroundTask;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.presenter.Presenter;

/** Activation with the officer's code, person sign-in (phone + PIN), staff sign-in. */
public final class SignInPresenter extends Presenter<SignInView> {
    public SignInPresenter(SignInView view, DongHanhClient client) {
        super(view, client);
    }

    /** Skips the form when a session is remembered. */
    public void start() {
        Session session = client.auth().current();
        if (session != null && view() != null) {
            view().openHome(session.account.role);
        }
    }

    public void activate(final String phone, final String code, final String pin, String pinRepeat) {
        if (blank(phone)) {
            view().showInvalid(SignInView.Field.PHONE);
        } else if (blank(code)) {
            view().showInvalid(SignInView.Field.CODE);
        } else if (!isPin(pin)) {
            view().showInvalid(SignInView.Field.PIN);
        } else if (!pin.equals(pinRepeat)) {
            view().showInvalid(SignInView.Field.PIN_REPEAT);
        } else {
            signIn(() -> client.auth().activate(phone.trim(), code.trim(), pin));
        }
    }

    public void personLogin(final String phone, final String pin) {
        if (blank(phone)) {
            view().showInvalid(SignInView.Field.PHONE);
        } else if (!isPin(pin)) {
            view().showInvalid(SignInView.Field.PIN);
        } else {
            signIn(() -> client.auth().personLogin(phone.trim(), pin));
        }
    }

    public void staffLogin(final String username, final String password) {
        if (blank(username)) {
            view().showInvalid(SignInView.Field.USERNAME);
        } else if (password == null || password.isEmpty()) {
            view().showInvalid(SignInView.Field.PASSWORD);
        } else {
            signIn(() -> client.auth().staffLogin(username.trim(), password));
        }
    }

    private void signIn(BackgroundTask<Session> task) {
        load(task, (view, session) -> view.openHome(session.account.role));
    }

    static boolean isPin(String pin) {
        if (pin == null || pin.length() != 6) {
            return false;
        }
        for (int i = 0; i < pin.length(); i++) {
            if (pin.charAt(i) < '0' || pin.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }
}
