package vn.donghanh.client.store;

import java.util.concurrent.ConcurrentHashMap;

/** For tests and for a phone that keeps nothing across restarts. */
public final class InMemoryTrainingStore implements TrainingStore {
    private final ConcurrentHashMap<String, String> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, String json) {
        values.put(key, json);
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public void clear() {
        values.clear();
    }
}
