package vn.donghanh.client.presenter;

/** What every screen can show; all calls arrive on the main thread. */
public interface BaseView {
    void showLoading(boolean loading);

    void showError(ErrorKind error);
}
