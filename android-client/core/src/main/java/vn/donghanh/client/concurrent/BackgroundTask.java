package vn.donghanh.client.concurrent;

/** Work that may block (network, disk); runs on the background executor. */
public interface BackgroundTask<T> {
    T run() throws Exception;
}
