package vn.donghanh.client.presenter.mentor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.http.HttpRequest;
import vn.donghanh.client.model.Account;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.Backoff;
import vn.donghanh.client.outbox.OutboxKind;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.presenter.ErrorKind;
import vn.donghanh.client.store.InMemoryOutboxStore;
import vn.donghanh.client.store.InMemorySessionStore;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** The mentor's screens on the JVM with fake Views: help alerts, "Tôi đang lo", offline truth, contacts, referrals. */
class MentorPresentersTest {
    static final String CASE = "11111111-1111-1111-1111-111111111111";
    static final String OTHER = "22222222-2222-2222-2222-222222222222";
    static final String HELP_ID = "55555555-5555-5555-5555-555555555555";
    static final long NOW = Rfc3339.parse("2026-11-23T08:00:00+07:00");
    static final String EMPTY_SYNC = "{\"changes\":[],\"cursor\":\"c2\",\"hasMore\":false}";

    final ManualClock clock = new ManualClock(NOW);
    final ScriptedServer server = new ScriptedServer();
    final InMemorySyncStore store = new InMemorySyncStore();
    final InMemoryOutboxStore outbox = new InMemoryOutboxStore();
    final DongHanhClient client = mentorClient();

    DongHanhClient mentorClient() {
        InMemorySessionStore sessions = new InMemorySessionStore();
        sessions.save(new Session(
                "access-1",
                "refresh-1",
                NOW + 3_600_000,
                new Account("acc-mentor", Role.MENTOR, "Trần Thị Bình", "unit", null, null)));
        return DongHanhClient.builder("http://server")
                .transport(server)
                .clock(clock)
                .sessionStore(sessions)
                .outboxStore(outbox)
                .syncStore(store)
                .backoff(new Backoff(1_000, 60_000, new java.util.Random(1)))
                .build();
    }

    void synced() {
        store.applyPage(
                Arrays.asList(
                        caseRecord(CASE, "Nguyễn Văn An"),
                        caseRecord(OTHER, "Lê Văn Cường"),
                        new StoredRecord(
                                "HELP_REQUEST",
                                HELP_ID,
                                CASE,
                                "{\"id\":\"" + HELP_ID + "\",\"caseId\":\"" + CASE + "\",\"category\":\"CRAVING\","
                                        + "\"note\":\"Bạn cũ rủ\",\"createdAt\":\"2026-11-23T07:55:00+07:00\"}")),
                "c1");
    }

    static StoredRecord caseRecord(String id, String name) {
        return new StoredRecord(
                "CASE",
                id,
                id,
                "{\"id\":\"" + id + "\",\"fullName\":\"" + name + "\",\"status\":\"ACTIVE\",\"adminUnitId\":\"u\","
                        + "\"plannedEndDate\":\"2027-05-23\",\"mentorId\":\"acc-mentor\",\"mentorName\":\"Bình\"}");
    }

    static String alerts() {
        return "{\"items\":[{\"id\":\"alert-1\",\"caseId\":\"" + OTHER + "\",\"fullName\":\"Lê Văn Cường\","
                + "\"kind\":\"SELF_CHECKIN\",\"overdueSince\":\"2026-11-20T06:00:00+07:00\"}]}";
    }

    static String mentees() {
        return "[{\"caseId\":\"" + CASE
                + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\",\"phone\":\"0987654321\","
                + "\"plannedEndDate\":\"2027-05-23\",\"personAccountId\":\"acc-an\"},"
                + "{\"caseId\":\"" + OTHER + "\",\"fullName\":\"Lê Văn Cường\",\"status\":\"ACTIVE\",\"phone\":null,"
                + "\"plannedEndDate\":\"2027-01-10\",\"personAccountId\":\"acc-cuong\"}]";
    }

    static String caseDetail(boolean withOfficers) {
        return "{\"id\":\"" + CASE + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\",\"phone\":\"0987654321\""
                + (withOfficers
                        ? ",\"officers\":[{\"id\":\"acc-officer\",\"displayName\":\"Hoàng Văn Dũng\",\"phone\":null}]"
                        : "")
                + "}";
    }

    void offline() {
        for (int i = 0; i < 30; i++) {
            server.on("GET /", new ConnectException("offline")).on("POST /", new ConnectException("offline"));
        }
    }

    void menteeOnline(boolean withOfficers) {
        server.on("GET /api/v1/cases/" + CASE, 200, caseDetail(withOfficers))
                .on("GET /api/v1/cases/" + CASE + "/checkins", 200, "{\"items\":[]}")
                .on("GET /api/v1/cases/" + CASE + "/appointments", 200, "[]")
                .on("GET /api/v1/cases/" + CASE + "/contacts", 200, "[]")
                .on("GET /api/v1/alerts", 200, alerts())
                .on("GET /api/v1/mentees", 200, mentees());
    }

    abstract static class Recording {
        final List<String> events = new ArrayList<>();

        public void showLoading(boolean loading) {}

        public void showError(ErrorKind error) {
            events.add("error " + error);
        }
    }

    static final class Alerts extends Recording implements AlertsView {
        AlertsModel last;

        public void render(AlertsModel model) {
            last = model;
        }

        public void openMentee(String caseId, String fullName) {
            events.add("open " + caseId + " " + fullName);
        }
    }

    static final class Home extends Recording implements MentorHomeView {
        MentorHomeModel last;

        public void render(MentorHomeModel model) {
            last = model;
        }

        public void openMentee(MenteeRow mentee) {
            events.add("open " + mentee.fullName);
        }
    }

    static final class Mentee extends Recording implements MenteeView {
        MenteeModel last;

        public void render(MenteeModel model) {
            last = model;
        }

        public void dial(String phone) {
            events.add("dial " + phone);
        }

        public void openMessages(String caseId, String withAccountId) {
            events.add("messages " + withAccountId);
        }

        public void openContactForm(String caseId, String fullName) {
            events.add("contact " + fullName);
        }

        public void openReferral(String caseId, String fullName) {
            events.add("refer " + fullName);
        }

        public void showAcknowledged(boolean sent) {
            events.add("acknowledged sent=" + sent);
        }
    }

    static final class Form extends Recording implements ContactFormView {
        ContactFormModel last;

        public void render(ContactFormModel model) {
            last = model;
        }

        public void showInvalid(Field field) {
            events.add("invalid " + field);
        }

        public void showContactSaved(boolean sent) {
            events.add("saved sent=" + sent);
        }
    }

    static final class Refer extends Recording implements ReferralView {
        ReferralModel last;

        public void render(ReferralModel model) {
            last = model;
        }

        public void confirmReferral(OpportunityRow opportunity) {
            events.add("confirm " + opportunity.title);
        }

        public void showReferralSaved(boolean sent) {
            events.add("referred sent=" + sent);
        }
    }

    @Test
    void aHelpRequestIsANamedRowWithItsReasonAndAgeAboveTheOverdueOnes() {
        synced();
        server.on("GET /api/v1/sync", 200, EMPTY_SYNC).on("GET /api/v1/alerts", 200, alerts());
        Alerts view = new Alerts();
        AlertsPresenter presenter = new AlertsPresenter(view, client);

        presenter.start();

        assertEquals(2, view.last.rows.size(), view.events.toString());
        AlertRow help = view.last.rows.get(0);
        assertEquals(AlertRow.Kind.HELP_REQUEST, help.kind);
        assertEquals("Nguyễn Văn An", help.fullName);
        assertEquals("CRAVING", help.reason);
        assertEquals("Bạn cũ rủ", help.note);
        assertEquals(5, help.minutesAgo);
        assertEquals(Acknowledgement.NONE, help.acknowledgement);
        AlertRow overdue = view.last.rows.get(1);
        assertEquals("Lê Văn Cường", overdue.fullName);
        assertEquals(3, overdue.daysOverdue);
        assertEquals(1, view.last.helpCount());
        assertEquals(Long.valueOf(NOW), view.last.overdueAsOfMillis);

        presenter.select(help);
        assertEquals(Arrays.asList("open " + CASE + " Nguyễn Văn An"), view.events);
    }

    @Test
    void offlineTheAlertsShowTheHelpRequestAndSayTheOverdueListIsUnknown() {
        synced();
        offline();
        Alerts view = new Alerts();

        new AlertsPresenter(view, client).start();

        assertTrue(view.last.offline);
        assertEquals(1, view.last.rows.size());
        assertNull(view.last.overdueAsOfMillis, "never read on this phone: unknown, not 'none'");
    }

    @Test
    void imOnItIsQueuedOfflineShownAsNotSentAndSentWithoutABodyLater() throws Exception {
        synced();
        offline();
        Mentee view = new Mentee();
        MenteePresenter presenter = new MenteePresenter(view, client, CASE, "Nguyễn Văn An", null, null);
        presenter.start();
        assertEquals(HELP_ID, view.last.help.id);
        assertEquals(Acknowledgement.NONE, view.last.help.acknowledgement);

        presenter.acknowledge();

        assertTrue(view.events.contains("acknowledged sent=false"), view.events.toString());
        assertEquals(Acknowledgement.QUEUED, view.last.help.acknowledgement);
        List<OutboxOperation> queued = client.outbox().unsent();
        assertEquals(1, queued.size());
        assertEquals(OutboxKind.ACKNOWLEDGE_HELP, queued.get(0).kind);
        assertEquals("/api/v1/help-requests/" + HELP_ID + "/acknowledge", queued.get(0).path);

        presenter.acknowledge();
        assertEquals(1, client.outbox().unsent().size(), "a second tap queues nothing more");

        server.on("POST /api/v1/help-requests/", 200, "{\"id\":\"" + HELP_ID + "\"}");
        client.flusher().flush(true);
        List<HttpRequest> posts = server.requestsTo("/help-requests/" + HELP_ID + "/acknowledge");
        HttpRequest sent = posts.get(posts.size() - 1);
        assertNull(sent.body, "the endpoint takes no body");
        assertEquals(0, client.outbox().unsent().size(), "a 200 counts as sent");
    }

    @Test
    void onlineTheAcknowledgementIsSentAtOnceAndTheCallMessageAndOfficerButtonsWork() {
        synced();
        menteeOnline(true);
        Mentee view = new Mentee();
        MenteePresenter presenter = new MenteePresenter(view, client, CASE, null, null, null);
        presenter.start();

        assertEquals("Nguyễn Văn An", view.last.fullName);
        assertEquals("0987654321", view.last.phone);
        assertEquals("acc-an", view.last.personAccountId);
        assertEquals("acc-officer", view.last.officerAccountId);
        presenter.call();
        presenter.message();
        presenter.messageOfficer();
        assertEquals(Arrays.asList("dial 0987654321", "messages acc-an", "messages acc-officer"), view.events);

        menteeOnline(true);
        server.on("POST /api/v1/help-requests/", 200, "{}");
        presenter.acknowledge();
        assertTrue(view.events.contains("acknowledged sent=true"), view.events.toString());
        assertEquals(Acknowledgement.SENT, view.last.help.acknowledgement);
    }

    @Test
    void theOfficerButtonHidesWhenCaseDetailHasNoOfficersAndCallWorksOfflineFromTheSnapshot() {
        synced();
        menteeOnline(false);
        Mentee view = new Mentee();
        new MenteePresenter(view, client, CASE, null, null, null).start();
        assertNull(view.last.officerAccountId);

        offline();
        Mentee later = new Mentee();
        clock.advance(3_600_000);
        MenteePresenter offlinePage = new MenteePresenter(later, client, CASE, null, null, null);
        offlinePage.start();
        assertTrue(later.last.offline);
        assertEquals("0987654321", later.last.phone, "the number was kept on the phone");
        assertEquals(Long.valueOf(NOW), later.last.detailsAsOfMillis);
        offlinePage.call();
        assertEquals(Arrays.asList("dial 0987654321"), later.events);
    }

    @Test
    void anOpenOverdueAlertCanBeAcknowledgedWhenNoHelpRequestWaits() {
        store.applyPage(Arrays.asList(caseRecord(OTHER, "Lê Văn Cường")), "c1");
        server.on("GET /api/v1/cases/" + OTHER, 200, "{\"id\":\"" + OTHER + "\",\"fullName\":\"Lê Văn Cường\"}")
                .on("GET /api/v1/cases/" + OTHER + "/checkins", 200, "{\"items\":[]}")
                .on("GET /api/v1/cases/" + OTHER + "/appointments", 200, "[]")
                .on("GET /api/v1/cases/" + OTHER + "/contacts", 200, "[]")
                .on("GET /api/v1/alerts", 200, alerts())
                .on("GET /api/v1/mentees", 200, mentees());
        Mentee view = new Mentee();
        MenteePresenter presenter = new MenteePresenter(view, client, OTHER, null, null, null);
        presenter.start();
        assertNull(view.last.help);
        assertEquals("alert-1", view.last.alert.id);

        offline();
        presenter.acknowledge();
        OutboxOperation op = client.outbox().unsent().get(0);
        assertEquals(OutboxKind.ACKNOWLEDGE_ALERT, op.kind);
        assertEquals("/api/v1/alerts/alert-1/acknowledge", op.path);
        assertEquals(Acknowledgement.QUEUED, view.last.alert.acknowledgement);
    }

    @Test
    void offlineWithoutACopyTheHomeSaysTheStateIsUnknownNeverAllOnTime() {
        synced();
        offline();
        Home view = new Home();

        new MentorHomePresenter(view, client).start();

        assertTrue(view.last.offline);
        assertFalse(view.last.overdueKnown);
        assertEquals(2, view.last.mentees.size());
        assertEquals("Nguyễn Văn An", view.last.mentees.get(0).fullName, "the one asking for help first");
        assertTrue(view.last.mentees.get(0).helpWaiting);
        assertFalse(view.last.mentees.get(1).overdueKnown);
        assertEquals(1, view.last.openHelpRequests);
    }

    @Test
    void offlineTheHomeShowsTheLastCopyWithItsTime() {
        synced();
        server.on("GET /api/v1/sync", 200, EMPTY_SYNC)
                .on("GET /api/v1/mentees", 200, mentees())
                .on("GET /api/v1/alerts", 200, alerts());
        Home online = new Home();
        MentorHomePresenter presenter = new MentorHomePresenter(online, client);
        presenter.start();
        assertFalse(online.last.offline);
        assertEquals(2, online.last.alertsCount());
        presenter.select(CASE);
        assertEquals(Arrays.asList("open Nguyễn Văn An"), online.events);

        clock.advance(2 * 3_600_000);
        offline();
        Home view = new Home();
        new MentorHomePresenter(view, client).start();

        assertTrue(view.last.offline);
        assertTrue(view.last.overdueKnown);
        assertEquals(Long.valueOf(NOW), view.last.asOfMillis);
        MenteeRow cuong = view.last.mentees.get(1);
        assertEquals("Lê Văn Cường", cuong.fullName);
        assertEquals(Arrays.asList("SELF_CHECKIN"), cuong.overdue);
        assertEquals("acc-cuong", cuong.personAccountId);
    }

    @Test
    void aContactTakesTheChosenTimeUpToThirtyDaysBackAndItsConcerns() {
        offline();
        Form view = new Form();
        ContactFormPresenter form = new ContactFormPresenter(view, client, CASE);
        form.start();
        assertEquals(NOW, view.last.defaultOccurredAtMillis);
        assertEquals(NOW - ContactFormPresenter.MAX_BACKDATE_MILLIS, view.last.earliestMillis);
        assertEquals(6, view.last.concerns.size());

        form.save("HOME_VISIT", NOW - 31L * 86_400_000, "Thăm nhà", null, false);
        form.save("HOME_VISIT", NOW + 3_600_000, "Thăm nhà", null, false);
        form.save(null, NOW, "Thăm nhà", null, false);
        form.save("HOME_VISIT", NOW, "  ", null, false);
        assertEquals(
                Arrays.asList(
                        "invalid OCCURRED_TOO_LONG_AGO",
                        "invalid OCCURRED_IN_FUTURE",
                        "invalid TYPE",
                        "invalid SUMMARY"),
                view.events);
        assertEquals(0, client.outbox().unsent().size());

        long twoDaysAgo = NOW - 2L * 86_400_000;
        form.save("HOME_VISIT", twoDaysAgo, " Gặp cả nhà ", Arrays.asList("HOUSING", "FAMILY_CONFLICT"), true);

        assertTrue(view.events.contains("saved sent=false"));
        OutboxOperation op = client.outbox().unsent().get(0);
        assertEquals(OutboxKind.CONTACT, op.kind);
        assertEquals(twoDaysAgo, Rfc3339.parse(op.bodyJson().optString("occurredAt")));
        assertEquals("Gặp cả nhà", op.bodyJson().optString("summary"));
        assertEquals(
                "[\"FAMILY_CONFLICT\",\"HOUSING\"]",
                op.bodyJson().optJSONArray("concerns").toString());
        assertTrue(op.bodyJson().optBoolean("followUpNeeded"));
    }

    @Test
    void aReferralIsQueuedWithItsOwnIdAndTheListSaysWhatIsKnownOffline() throws Exception {
        offline();
        Refer never = new Refer();
        new ReferralPresenter(never, client, CASE).start();
        assertTrue(never.last.offline);
        assertNull(never.last.asOfMillis, "never read: unknown, not 'none'");

        server.on(
                "GET /api/v1/opportunities",
                200,
                "[{\"id\":\"opp-1\",\"providerId\":\"p\",\"providerName\":\"Trường nghề\",\"type\":\"COURSE\","
                        + "\"title\":\"Lớp hàn điện\",\"adminUnitId\":\"u\",\"status\":\"OPEN\",\"distance\":0}]");
        Refer view = new Refer();
        ReferralPresenter presenter = new ReferralPresenter(view, client, CASE);
        presenter.start();
        assertFalse(view.last.offline);
        assertEquals(1, view.last.opportunities.size());
        assertEquals(OpportunityRow.Referred.NO, view.last.opportunities.get(0).referred);

        presenter.select("opp-1");
        assertTrue(view.events.contains("confirm Lớp hàn điện"));
        presenter.refer("opp-1", "Hợp với An");

        OutboxOperation op = client.outbox().unsent().get(0);
        assertEquals(OutboxKind.REFERRAL, op.kind);
        assertEquals("/api/v1/cases/" + CASE + "/referrals", op.path);
        assertEquals("opp-1", op.bodyJson().getString("opportunityId"));
        assertEquals(op.id, op.bodyJson().getString("id"));
        assertEquals("Hợp với An", op.bodyJson().getString("note"));
        assertTrue(view.events.contains("referred sent=false"), view.events.toString());
        assertEquals(OpportunityRow.Referred.QUEUED, view.last.opportunities.get(0).referred);
    }

    @Test
    void aHelpNotificationCountsOnceBesideItsRecordAndStandsInWhenTheFeedHasNoRecord() {
        synced();
        String notification = "{\"id\":\"n-%s\",\"kind\":\"HELP_REQUESTED\",\"priority\":\"HIGH\",\"caseId\":\"%s\","
                + "\"subjectId\":\"%s\",\"createdAt\":\"2026-11-23T07:40:00+07:00\"}";
        store.applyPage(
                Arrays.asList(
                        new StoredRecord("NOTIFICATION", "n-1", CASE, String.format(notification, "1", CASE, HELP_ID)),
                        new StoredRecord(
                                "NOTIFICATION", "n-2", OTHER, String.format(notification, "2", OTHER, "help-2"))),
                "c2");
        offline();
        Alerts view = new Alerts();

        new AlertsPresenter(view, client).start();

        assertEquals(2, view.last.rows.size());
        assertEquals("CRAVING", view.last.rows.get(0).reason);
        AlertRow older = view.last.rows.get(1);
        assertEquals("help-2", older.id);
        assertEquals("Lê Văn Cường", older.fullName);
        assertNull(older.reason, "the notification does not say why");
        assertEquals(20, older.minutesAgo);
    }
}
