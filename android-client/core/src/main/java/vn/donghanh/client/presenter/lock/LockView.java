package vn.donghanh.client.presenter.lock;

import vn.donghanh.client.presenter.BaseView;

/** The neutral lock screen: app name, "Nhập mã để mở", a PIN field. Nothing about the case. */
public interface LockView extends BaseView {
    /** Not 4–6 digits: not counted as a try. */
    void showPinFormat();

    /** Wrong PIN; {@code triesLeft} more before the user has to wait. */
    void showWrongPin(int triesLeft);

    /** Too many wrong tries: the field is disabled for {@code waitMillis}. */
    void showWait(long waitMillis);

    /** Right PIN (or the lock was turned off): show the app again. */
    void unlocked();
}
