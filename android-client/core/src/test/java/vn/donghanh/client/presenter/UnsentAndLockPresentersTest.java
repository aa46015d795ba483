package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.lock.AppLock;
import vn.donghanh.client.lock.InMemoryAppLockStore;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.presenter.lock.LockPresenter;
import vn.donghanh.client.presenter.lock.LockView;
import vn.donghanh.client.presenter.lock.SettingsModel;
import vn.donghanh.client.presenter.lock.SettingsPresenter;
import vn.donghanh.client.presenter.lock.SettingsView;
import vn.donghanh.client.presenter.unsent.UnsentPresenter;
import vn.donghanh.client.presenter.unsent.UnsentRow;
import vn.donghanh.client.presenter.unsent.UnsentView;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;

class UnsentAndLockPresentersTest {
    private static final String CASE = "/api/v1/cases/" + Fixtures.CASE_ID;
    private static final String REFUSAL = "{\"type\":\"https://donghanh.vn/problems/invalid-request\","
            + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"body: must not be blank\"}";

    private final ManualClock clock = new ManualClock(1_795_480_200_000L);
    private ScriptedServer server;
    private DongHanhClient client;

    @BeforeEach
    void setUp() {
        server = new ScriptedServer();
        client = Fixtures.personClient(server, clock);
    }

    static final class FakeUnsent implements UnsentView {
        List<UnsentRow> items;
        boolean textRequired;
        final List<ErrorKind> errors = new ArrayList<>();

        @Override
        public void showItems(List<UnsentRow> items) {
            this.items = items;
        }

        @Override
        public void showTextRequired() {
            textRequired = true;
        }

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            errors.add(error);
        }
    }

    @Test
    void listsWaitingAndRefusedItemsWithTheServersReasonAndWhatCanBeDone() {
        client.outbox().queueMessage(Fixtures.CASE_ID, "acc-mentor", " ");
        client.outbox().queueReminderAcknowledgement(Fixtures.CASE_ID, "rem-1", "COMING");
        server.on("POST " + CASE + "/messages", 400, REFUSAL).on("POST /api/v1/reminders/", new IOException("offline"));
        client.flusher().flush(false);
        FakeUnsent view = new FakeUnsent();

        new UnsentPresenter(view, client).start();

        assertEquals(2, view.items.size());
        UnsentRow refused = view.items.get(0);
        assertEquals(OutboxKind.MESSAGE, refused.kind);
        assertTrue(refused.refused);
        assertEquals("body: must not be blank", refused.reason);
        assertTrue(refused.canEdit());
        assertTrue(refused.canDiscard());
        assertTrue(refused.textRequired);
        assertEquals(clock.nowMillis(), refused.createdAtMillis);
        UnsentRow waiting = view.items.get(1);
        assertFalse(waiting.refused);
        assertNull(waiting.reason);
        assertFalse(waiting.canEdit());
        assertFalse(waiting.canDiscard(), "a waiting item goes out by itself");
        assertEquals(1, waiting.attempts);
    }

    @Test
    void editAndResendSendsAtOnceAndDiscardDrops() {
        String bad = client.outbox().queueMessage(Fixtures.CASE_ID, "acc-mentor", " ");
        String other = client.outbox().queueHelpRequest(Fixtures.CASE_ID, "OTHER", "x");
        server.on("POST " + CASE + "/messages", 400, REFUSAL).on("POST " + CASE + "/help-requests", 400, REFUSAL);
        client.flusher().flush(false);
        FakeUnsent view = new FakeUnsent();
        UnsentPresenter presenter = new UnsentPresenter(view, client);

        presenter.editAndResend(bad, "   ");
        assertTrue(view.textRequired, "an empty message is not queued again");
        assertEquals(2, client.outbox().failedCount());

        server.on("POST " + CASE + "/messages", 201, "{}");
        presenter.editAndResend(bad, "Em đến muộn 10 phút");
        assertEquals(1, view.items.size());
        assertEquals(other, view.items.get(0).id);
        assertTrue(server.requestsTo("/messages").get(1).body.contains("Em đến muộn 10 phút"));

        presenter.discard(other);
        assertEquals(Collections.emptyList(), view.items);
        assertEquals(0, client.outbox().unsent().size());
    }

    @Test
    void anEditMadeOfflineWaitsAsPending() {
        String bad = client.outbox().queueMessage(Fixtures.CASE_ID, "acc-mentor", " ");
        server.on("POST " + CASE + "/messages", 400, REFUSAL)
                .on("POST " + CASE + "/messages", new IOException("no network"));
        client.flusher().flush(false);
        FakeUnsent view = new FakeUnsent();

        new UnsentPresenter(view, client).editAndResend(bad, "Chào anh");

        assertEquals(1, view.items.size());
        assertFalse(view.items.get(0).refused);
        assertEquals(1, client.outbox().pendingCount());
    }

    @Test
    void itemsRefusedBeforeTheDetailWasKeptShowNoTypeUri() {
        client.outbox().queueCheckin(Fixtures.CASE_ID, null, null, null);
        server.on("POST " + CASE + "/checkins", 400, "{}");
        client.flusher().flush(false);
        vn.donghanh.client.outbox.OutboxOperation op = client.outbox().unsent().get(0);
        // What the flusher used to keep: the exception message with the problem type URI.
        FakeUnsent view = new FakeUnsent();
        new UnsentPresenter(view, client).start();
        assertEquals("HTTP 400", view.items.get(0).reason);
        assertEquals(op.id, view.items.get(0).id);
    }

    static final class FakeLock implements LockView {
        String last = "";
        int triesLeft = -1;
        long wait;

        @Override
        public void showPinFormat() {
            last = "format";
        }

        @Override
        public void showWrongPin(int triesLeft) {
            last = "wrong";
            this.triesLeft = triesLeft;
        }

        @Override
        public void showWait(long waitMillis) {
            last = "wait";
            wait = waitMillis;
        }

        @Override
        public void unlocked() {
            last = "unlocked";
        }

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            last = "error " + error;
        }
    }

    static final class FakeSettings implements SettingsView {
        SettingsModel model;
        PinProblem problem;
        boolean saved;

        @Override
        public void showSettings(SettingsModel model) {
            this.model = model;
        }

        @Override
        public void showPinProblem(PinProblem problem) {
            this.problem = problem;
        }

        @Override
        public void showPinSaved() {
            saved = true;
        }

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {}
    }

    @Test
    void settingsTurnTheLockOnWithAPinTypedTwiceAndChooseTheIdleTime() {
        InMemoryAppLockStore store = new InMemoryAppLockStore();
        AppLock lock = new AppLock(store, clock);
        FakeSettings view = new FakeSettings();
        SettingsPresenter settings = new SettingsPresenter(view, client, lock);

        settings.start();
        assertFalse(view.model.lockEnabled);
        assertTrue(view.model.signedIn);
        assertEquals(300_000L, view.model.idleMillis);
        assertEquals(4, view.model.idleChoicesMillis.length);

        settings.savePin("12", "12");
        assertEquals(SettingsView.PinProblem.FORMAT, view.problem);
        settings.savePin("4829", "4828");
        assertEquals(SettingsView.PinProblem.MISMATCH, view.problem);
        assertFalse(lock.isEnabled());

        settings.savePin("4829", "4829");
        assertTrue(view.saved);
        assertTrue(view.model.lockEnabled);

        settings.chooseIdle(60_000);
        assertEquals(60_000L, view.model.idleMillis);
        settings.chooseIdle(12_345);
        assertEquals(60_000L, lock.idleMillis(), "only the offered choices");

        settings.disableLock();
        assertFalse(view.model.lockEnabled);
    }

    @Test
    void theLockScreenChecksThePinAndMakesTheUserWaitAfterFiveWrongTries() {
        InMemoryAppLockStore store = new InMemoryAppLockStore();
        new AppLock(store, clock).setPin("4829");
        AppLock lock = new AppLock(store, clock); // a new process: locked
        FakeLock view = new FakeLock();
        LockPresenter presenter = new LockPresenter(view, client, lock);
        presenter.start();
        assertEquals("", view.last, "locked: the field is shown");

        presenter.unlock("12");
        assertEquals("format", view.last, "too short: not counted");
        presenter.unlock("0000");
        assertEquals("wrong", view.last);
        assertEquals(4, view.triesLeft);
        for (int i = 0; i < 4; i++) {
            presenter.unlock("0000");
        }
        assertEquals("wait", view.last);
        assertEquals(30_000L, view.wait);

        new LockPresenter(view, client, lock).start();
        assertEquals("wait", view.last, "reopening the lock screen still waits");

        clock.advance(30_000);
        presenter.unlock("4829");
        assertEquals("unlocked", view.last);
        assertFalse(lock.isLocked());
    }
}
