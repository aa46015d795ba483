package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.Backoff;
import vn.donghanh.client.presenter.officer.OfficerHomeModel;
import vn.donghanh.client.presenter.officer.OfficerHomePresenter;
import vn.donghanh.client.presenter.officer.OfficerHomeView;
import vn.donghanh.client.presenter.officer.OverdueRow;
import vn.donghanh.client.presenter.officer.PendingPresence;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** The officer's home: rows in days, presence only on office-presence rows, confirm + undo, offline copies. */
class OfficerHomePresenterTest {
    static final String AN = "11111111-1111-1111-1111-111111111111";
    static final String BINH = "22222222-2222-2222-2222-222222222222";
    static final String CUONG = "33333333-3333-3333-3333-333333333333";

    final ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-23T08:00:00+07:00"));
    final ScriptedServer server = new ScriptedServer();
    final DongHanhClient client = officerClient(server, clock);
    final FakeView view = new FakeView();
    final OfficerHomePresenter presenter = new OfficerHomePresenter(view, client);

    static final class FakeView implements OfficerHomeView {
        final List<OfficerHomeModel> renders = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            events.add("error " + error);
        }

        @Override
        public void render(OfficerHomeModel model) {
            renders.add(model);
        }

        @Override
        public void confirmPresence(PendingPresence p) {
            events.add("confirm " + p.fullName + " at " + Rfc3339.formatUtc(p.atMillis));
        }

        @Override
        public void showUndo(PendingPresence p, long windowMillis) {
            events.add("undo offered for " + p.fullName + " " + windowMillis + " ms");
        }

        @Override
        public void hideUndo() {
            events.add("undo hidden");
        }

        @Override
        public void showPresenceSaved(PendingPresence p, boolean sent) {
            events.add("saved " + p.fullName + " sent=" + sent);
        }

        @Override
        public void showPresenceUndone(PendingPresence p, boolean undone) {
            events.add("undone " + p.fullName + " " + undone);
        }

        @Override
        public void openCase(String caseId) {
            events.add("open " + caseId);
        }

        OfficerHomeModel last() {
            return renders.get(renders.size() - 1);
        }
    }

    static DongHanhClient officerClient(ScriptedServer server, ManualClock clock) {
        InMemorySessionStore sessions = new InMemorySessionStore();
        sessions.save(new Session(
                "access-1",
                "refresh-1",
                clock.nowMillis() + 3_600_000,
                new Account("acc-officer", Role.OFFICER, "Phạm Văn Dũng", "unit", null, null)));
        return DongHanhClient.builder("http://server")
                .transport(server)
                .clock(clock)
                .sessionStore(sessions)
                .outboxStore(new InMemoryOutboxStore())
                .syncStore(new InMemorySyncStore())
                .backoff(new Backoff(1_000, 60_000, new java.util.Random(1)))
                .build();
    }

    static String item(String caseId, String name, String kind, long hours) {
        return "{\"caseId\":\"" + caseId + "\",\"fullName\":\"" + name + "\",\"adminUnitId\":\"unit\",\"kind\":\""
                + kind + "\",\"overdueSince\":\"2026-11-09T08:00:00Z\",\"overdueHours\":" + hours + "}";
    }

    void serveLists() {
        server.on(
                        "GET /api/v1/overdue",
                        200,
                        "{\"items\":[" + item(AN, "Nguyễn Văn An", "OFFICE_PRESENCE", 340) + ","
                                + item(BINH, "Trần Thị Bình", "RESIDENCE_VERIFICATION", 47) + ","
                                + item(CUONG, "Lê Văn Cường", "SELF_CHECKIN", 5) + "]}")
                .on(
                        "GET /api/v1/reports/commune-summary",
                        200,
                        "{\"communes\":[{\"adminUnitId\":\"unit\",\"name\":\"Phường Tân Thịnh\","
                                + "\"byStatus\":{\"ACTIVE\":12,\"SUSPENDED\":1},\"activeWithMentor\":9,"
                                + "\"mentorCoveragePercent\":75,\"compliancePercentThisMonth\":83,\"overdueCases\":3}]}");
    }

    void goOffline() {
        for (int i = 0; i < 10; i++) {
            server.on("GET /", new ConnectException("offline")).on("POST /", new ConnectException("offline"));
        }
    }

    int presencePosts() {
        return server.requestsTo("/checkins").size();
    }

    @Test
    void rowsSayDaysAndOnlyOfficePresenceRowsOfferPresence() {
        serveLists();
        presenter.start();

        OfficerHomeModel model = view.last();
        assertFalse(model.offline);
        assertNull(model.copy);
        OverdueRow an = model.overdue.get(0);
        assertEquals(14, an.overdueDays, "340 h is 14 whole days");
        assertTrue(an.offersOfficePresence);
        OverdueRow binh = model.overdue.get(1);
        assertEquals(1, binh.overdueDays);
        assertFalse(binh.offersOfficePresence, "a residence check is not met by presence at the office");
        OverdueRow cuong = model.overdue.get(2);
        assertEquals(0, cuong.overdueDays);
        assertEquals(5, cuong.overdueHours);
        assertFalse(cuong.offersOfficePresence);

        presenter.askToRecordPresence(BINH);
        presenter.askToRecordPresence(CUONG);
        assertTrue(view.events.isEmpty(), "no presence for a residence check or a self check-in: " + view.events);
        presenter.askToRecordPresence(AN);
        assertEquals(List.of("confirm Nguyễn Văn An at 2026-11-23T01:00:00.000Z"), view.events);
        assertEquals(0, presencePosts(), "asking records nothing");
    }

    @Test
    void undoWithinTheWindowSendsNothing() {
        serveLists();
        server.on("POST /api/v1/cases/", 201, "{}");
        presenter.start();

        presenter.recordPresence(AN);
        assertTrue(view.events.contains("undo offered for Nguyễn Văn An 10000 ms"), view.events.toString());
        assertEquals(1, view.last().unsentCount);
        assertTrue(view.last().overdue.get(0).presenceWaiting);
        assertTrue(view.last().overdue.get(0).presenceUndoable);

        clock.advance(4_000);
        client.flusher().flush(true); // a background sync "because the network is back" meanwhile
        assertEquals(0, presencePosts(), "held back while it can be undone, even by a forced flush");

        clock.advance(5_000);
        presenter.undoPresence();
        assertTrue(view.events.contains("undone Nguyễn Văn An true"), view.events.toString());
        assertEquals(0, view.last().unsentCount);
        assertFalse(view.last().overdue.get(0).presenceWaiting);

        clock.advance(60_000);
        client.flusher().flush(true);
        presenter.undoWindowOver();
        assertEquals(0, presencePosts(), "undone: nothing ever goes out");
    }

    @Test
    void afterTheWindowItIsSentOnce() throws Exception {
        serveLists();
        server.on("POST /api/v1/cases/", 201, "{}").on("POST /api/v1/cases/", 201, "{}");
        presenter.start();

        presenter.recordPresence(AN);
        client.flusher().flush(false);
        assertEquals(0, presencePosts());

        clock.advance(OfficerHomePresenter.UNDO_WINDOW_MILLIS);
        client.flusher().flush(false); // e.g. the hourly sync: the window is over, so it goes
        assertEquals(1, presencePosts());
        assertEquals(
                "OFFICE_PRESENCE",
                new org.json.JSONObject(server.requestsTo("/checkins").get(0).body).getString("kind"));

        presenter.undoWindowOver(); // the bar's timer fires afterwards
        presenter.undoPresence(); // and a late tap changes nothing
        client.flusher().flush(true);
        assertEquals(1, presencePosts(), "sent exactly once");
        assertTrue(view.events.contains("saved Nguyễn Văn An sent=true"), view.events.toString());
        assertFalse(view.events.toString().contains("undone"), view.events.toString());
    }

    @Test
    void whenTheUndoBarEndsThePresenceIsSentAtOnce() {
        serveLists();
        server.on("POST /api/v1/cases/", 201, "{}");
        presenter.start();

        presenter.recordPresence(AN);
        clock.advance(OfficerHomePresenter.UNDO_WINDOW_MILLIS);
        presenter.undoWindowOver();

        assertEquals(1, presencePosts());
        assertTrue(view.events.contains("undo hidden"));
        assertTrue(view.events.contains("saved Nguyễn Văn An sent=true"), view.events.toString());
        assertEquals(0, view.last().unsentCount);
    }

    @Test
    void offlinePresenceWaitsOnThePhoneAfterTheWindow() {
        serveLists();
        presenter.start();
        goOffline();

        presenter.recordPresence(AN);
        clock.advance(OfficerHomePresenter.UNDO_WINDOW_MILLIS);
        presenter.undoWindowOver();

        assertTrue(view.events.contains("saved Nguyễn Văn An sent=false"), view.events.toString());
        assertEquals(1, view.last().unsentCount);
        assertTrue(view.last().overdue.get(0).presenceWaiting, "the row says it is waiting, no second button");
        assertFalse(view.last().overdue.get(0).presenceUndoable, "the undo window is over");
    }

    @Test
    void offlineItShowsTheLastCopyWithItsAge() {
        serveLists();
        presenter.start();
        clock.advance(2 * 3_600_000L + 5 * 60_000L);
        goOffline();

        presenter.start();

        OfficerHomeModel model = view.last();
        assertTrue(model.offline);
        assertNotNull(model.copy);
        assertEquals(Rfc3339.parse("2026-11-23T08:00:00+07:00"), model.copy.savedAtMillis);
        assertEquals(2, model.copy.hoursAgo);
        assertEquals(0, model.copy.daysAgo);
        assertTrue(model.copy.today);
        assertEquals(3, model.overdue.size());
        assertEquals(14, model.overdue.get(0).overdueDays);
        assertTrue(model.overdue.get(0).offersOfficePresence);
        assertEquals("Phường Tân Thịnh", model.communes.get(0).name);
        assertEquals(Long.valueOf(12), model.communes.get(0).byStatus.get("ACTIVE"));
        assertEquals(Integer.valueOf(83), model.communes.get(0).compliancePercentThisMonth);
        assertFalse(view.events.toString().contains("error"), "offline is not an error here: " + view.events);
    }

    @Test
    void offlineWithNothingStoredSaysSo() {
        goOffline();

        presenter.start();

        OfficerHomeModel model = view.last();
        assertTrue(model.offline);
        assertTrue(model.nothingStored());
        assertNull(model.overdue);
        assertNull(model.communes);
        assertNull(model.copy);
    }

    @Test
    void recordingASecondPresenceEndsTheFirstWindow() {
        server.on(
                        "GET /api/v1/overdue",
                        200,
                        "{\"items\":[" + item(AN, "Nguyễn Văn An", "OFFICE_PRESENCE", 30) + ","
                                + item(BINH, "Trần Thị Bình", "OFFICE_PRESENCE", 30) + "]}")
                .on("GET /api/v1/reports/commune-summary", 200, "{\"communes\":[]}")
                .on("POST /api/v1/cases/", 201, "{}")
                .on("POST /api/v1/cases/", 201, "{}");
        presenter.start();

        presenter.recordPresence(AN);
        presenter.recordPresence(BINH);
        assertEquals(1, presencePosts(), "An's presence stands once Bình's is recorded");
        assertTrue(view.events.contains("saved Nguyễn Văn An sent=true"), view.events.toString());

        presenter.undoPresence();
        assertTrue(view.events.contains("undone Trần Thị Bình true"), view.events.toString());
        assertEquals(1, presencePosts());
    }
}
