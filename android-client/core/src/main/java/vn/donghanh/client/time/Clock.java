package vn.donghanh.client.time;

/** Epoch milliseconds now; injectable so backoff and reminder planning are testable. */
public interface Clock {
    long nowMillis();

    Clock SYSTEM = System::currentTimeMillis;
}
