package vn.donghanh.client.support;

import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.http.HttpTransport;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.Backoff;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.time.Clock;

public final class Fixtures {
    public static final String CASE_ID = "11111111-1111-1111-1111-111111111111";

    private Fixtures() {}

    /** A signed-in person whose access token is valid for an hour. */
    public static DongHanhClient personClient(HttpTransport transport, Clock clock) {
        return personClient(transport, clock, new InMemorySyncStore());
    }

    public static DongHanhClient personClient(HttpTransport transport, Clock clock, InMemorySyncStore syncStore) {
        InMemorySessionStore sessions = new InMemorySessionStore();
        sessions.save(new Session(
                "access-1",
                "refresh-1",
                clock.nowMillis() + 3_600_000,
                new Account("acc-person", Role.PERSON, "Nguyễn Văn An", "unit", CASE_ID, null)));
        return DongHanhClient.builder("http://server")
                .transport(transport)
                .clock(clock)
                .sessionStore(sessions)
                .outboxStore(new InMemoryOutboxStore())
                .syncStore(syncStore)
                .backoff(new Backoff(1_000, 60_000, new java.util.Random(1)))
                .build();
    }

    public static String tokens(String access, String refresh) {
        return "{\"accessToken\":\"" + access + "\",\"tokenType\":\"Bearer\",\"expiresIn\":600,"
                + "\"refreshToken\":\"" + refresh + "\",\"account\":{\"id\":\"acc-person\",\"role\":\"PERSON\","
                + "\"displayName\":\"Nguyễn Văn An\",\"adminUnitId\":\"unit\",\"caseId\":\"" + CASE_ID
                + "\",\"active\":true}}";
    }
}
