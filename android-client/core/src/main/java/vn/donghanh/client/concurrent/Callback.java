package vn.donghanh.client.concurrent;

/** The result of background work, delivered on the main thread. */
public interface Callback<T> {
    void onSuccess(T result);

    void onError(Exception error);
}
