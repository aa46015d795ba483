package vn.donghanh.client.presenter.signin;

import vn.donghanh.client.model.Role;
import vn.donghanh.client.presenter.BaseView;

public interface SignInView extends BaseView {
    enum Field {
        PHONE,
        PIN,
        PIN_REPEAT,
        CODE,
        USERNAME,
        PASSWORD
    }

    /** Input rejected before any network call. */
    void showInvalid(Field field);

    /** Signed in (or a remembered session): open the home screen of the role. */
    void openHome(Role role);
}
