package vn.donghanh.client.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.donghanh.client.store.FileOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.support.ManualClock;

class FileOutboxStoreTest {
    @TempDir
    Path dir;

    @Test
    void queuedItemsSurviveARestartInOrderWithVietnameseIntact() {
        File file = dir.resolve("outbox.jsonl").toFile();
        ManualClock clock = new ManualClock(1_000);
        InMemorySessionStore sessions = new InMemorySessionStore();
        Outbox outbox = new Outbox(new FileOutboxStore(file), clock, sessions);
        String a = outbox.queueCheckin("case", 5, 0, "Tôi ổn — cảm ơn anh Sáu");
        String b = outbox.queueMessage("case", "mentor", "Chiều nay em qua được không ạ?");

        Outbox afterRestart = new Outbox(new FileOutboxStore(file), clock, sessions);

        assertEquals(2, afterRestart.unsent().size());
        assertEquals(a, afterRestart.unsent().get(0).id);
        assertEquals(b, afterRestart.unsent().get(1).id);
        assertEquals(
                "Tôi ổn — cảm ơn anh Sáu",
                afterRestart.unsent().get(0).bodyJson().getString("note"));
    }
}
