package vn.donghanh.client.store;

/**
 * What the phone keeps of training courses for offline use (app: a SQLite table), as JSON texts by
 * key: the course list, each downloaded course, the answers being given, the attempt sent and its
 * result. Every write must be durable when it returns. Implementations must be thread-safe.
 */
public interface TrainingStore {
    void put(String key, String json);

    /** The text stored under the key, or null. */
    String get(String key);

    void remove(String key);

    /** Forgets everything (on sign-out). */
    void clear();
}
