package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.person.AccessLogPresenter;
import vn.donghanh.client.presenter.person.AccessLogRow;
import vn.donghanh.client.presenter.person.AccessLogView;
import vn.donghanh.client.presenter.person.AppointmentRow;
import vn.donghanh.client.presenter.person.CheckinStreak;
import vn.donghanh.client.presenter.person.HelpStatus;
import vn.donghanh.client.presenter.person.Helper;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.presenter.person.SchedulePresenter;
import vn.donghanh.client.presenter.person.ScheduleView;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

/** The person's second-pass screens: today done + streak, help that says what happened, schedule, access log. */
class PersonScreensPresenterTest {
    private static final String C = Fixtures.CASE_ID;
    private static final TimeZone HCM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    private static final String EMPTY_SYNC = "{\"changes\":[],\"cursor\":\"c2\",\"hasMore\":false}";
    private static final String MY_CASE = "{\"id\":\"" + C + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\","
            + "\"plannedEndDate\":\"2026-12-03\",\"mentor\":{\"id\":\"mentor-acc\",\"displayName\":\"Phan Thị Mai\","
            + "\"phone\":\"0912345678\"},\"officers\":[{\"id\":\"officer-acc\",\"displayName\":\"Lê Văn Cường\","
            + "\"phone\":\"0987654321\"},{\"id\":\"officer-2\",\"displayName\":\"Hoàng Thu\",\"phone\":null}]}";

    private final ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-23T10:00:00+07:00"));
    private final InMemorySyncStore store = new InMemorySyncStore();

    static final class HomeView extends PersonHomePresenterTest.FakeView {
        PersonHomeModel last() {
            return renders.get(renders.size() - 1);
        }
    }

    private static ScriptedServer offline() {
        ScriptedServer server = new ScriptedServer();
        for (int i = 0; i < 30; i++) {
            server.on("GET /", new ConnectException("offline")).on("POST /", new ConnectException("offline"));
        }
        return server;
    }

    private static StoredRecord checkin(String id, String at) {
        return new StoredRecord(
                "CHECKIN",
                id,
                C,
                "{\"id\":\"" + id + "\",\"caseId\":\"" + C + "\",\"kind\":\"SELF\",\"occurredAt\":\"" + at + "\"}");
    }

    private static StoredRecord caseRecord() {
        return new StoredRecord(
                "CASE",
                C,
                C,
                "{\"id\":\"" + C + "\",\"fullName\":\"Nguyễn Văn An\",\"status\":\"ACTIVE\",\"plannedEndDate\":"
                        + "\"2026-12-03\",\"mentorId\":\"mentor-acc\",\"mentorName\":\"Phan Thị Mai\"}");
    }

    @Test
    void theStreakCountsConsecutiveLocalDaysIncludingACheckinQueuedOffline() throws Exception {
        // Saturday 23:30 and Sunday 08:00 in Vietnam; Saturday 23:30 is already Saturday 16:30 UTC.
        store.applyPage(
                Arrays.asList(
                        caseRecord(),
                        checkin("k1", "2026-11-21T23:30:00+07:00"),
                        checkin("k2", "2026-11-22T08:00:00+07:00"),
                        checkin("old", "2026-11-18T08:00:00+07:00"),
                        new StoredRecord(
                                "CHECKIN",
                                "presence",
                                C,
                                "{\"id\":\"presence\",\"caseId\":\"" + C + "\",\"kind\":\"OFFICE_PRESENCE\","
                                        + "\"occurredAt\":\"2026-11-23T09:00:00+07:00\"}")),
                "c1");
        DongHanhClient client = Fixtures.personClient(offline(), clock, store);
        HomeView view = new HomeView();
        PersonHomePresenter home = new PersonHomePresenter(view, client);
        home.start();

        CheckinStreak before = view.last().checkins;
        assertFalse(before.checkedInToday, "an officer's presence record is not the person's check-in");
        assertEquals(2, before.days, "yesterday's streak holds until today is over");
        assertTrue(view.last().askMood);

        home.checkIn(null, null, null);

        PersonHomeModel after = view.last();
        assertTrue(view.events.contains("checkin sent=false"));
        assertTrue(after.checkins.checkedInToday, "a check-in still queued offline counts");
        assertEquals(3, after.checkins.days);
        assertEquals(Long.valueOf(clock.nowMillis()), after.checkins.todayAtMillis);
        assertFalse(after.askMood, "today is done: no mood steps offered again");
    }

    @Test
    void streakDaysAreTheCasesZoneNotUtc() {
        long now = Rfc3339.parse("2026-11-23T06:30:00+07:00"); // still the 22nd in UTC
        CheckinStreak s = CheckinStreak.of(
                Arrays.asList(
                        Rfc3339.parse("2026-11-23T00:10:00+07:00"), // the 23rd in Vietnam, the 22nd in UTC
                        Rfc3339.parse("2026-11-22T20:00:00+07:00")),
                now,
                HCM);
        assertTrue(s.checkedInToday);
        assertEquals(2, s.days);
        CheckinStreak none = CheckinStreak.of(new ArrayList<Long>(), now, HCM);
        assertFalse(none.checkedInToday);
        assertEquals(0, none.days);
    }

    @Test
    void aCheckinSentOnlineStaysDoneBeforeTheFeedBringsItBack() throws Exception {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/sync", 200, EMPTY_SYNC)
                .on("GET /api/v1/me/case", 200, MY_CASE)
                .on("GET /api/v1/opportunities", 200, "[]")
                .on("POST /api/v1/cases/" + C + "/checkins", 201, "{}");
        HomeView view = new HomeView();
        PersonHomePresenter home = new PersonHomePresenter(view, Fixtures.personClient(server, clock, store));
        home.start();
        home.checkIn(4, 0, null);

        assertTrue(view.events.contains("checkin sent=true"));
        assertTrue(view.last().checkins.checkedInToday);
        assertEquals(1, view.last().checkins.days);
    }

    @Test
    void theHelpersNumbersReadOnlineAreOnThePhoneForAnOfflineStartOfficersIncluded() throws Exception {
        ScriptedServer online = new ScriptedServer()
                .on("GET /api/v1/sync", 200, EMPTY_SYNC)
                .on("GET /api/v1/me/case", 200, MY_CASE)
                .on(
                        "GET /api/v1/opportunities",
                        200,
                        "[{\"id\":\"op-1\",\"type\":\"JOB\",\"title\":\"Thợ may\",\"place\":\"Tân Thịnh\",\"distance\":0}]");
        store.applyPage(Arrays.asList(caseRecord()), "c1");
        HomeView first = new HomeView();
        new PersonHomePresenter(first, Fixtures.personClient(online, clock, store)).start();
        assertFalse(first.last().offline);
        assertNull(first.last().opportunitiesSavedAtMillis, "live offers carry no age");
        long readAt = clock.nowMillis();

        clock.advance(3 * 3_600_000L);
        HomeView view = new HomeView();
        PersonHomePresenter home = new PersonHomePresenter(view, Fixtures.personClient(offline(), clock, store));
        home.start();

        PersonHomeModel m = view.last();
        assertTrue(m.offline);
        assertEquals(3, m.helpers.size());
        assertEquals(Helper.Role.MENTOR, m.helpers.get(0).role);
        assertEquals("0912345678", m.helpers.get(0).phone);
        assertEquals("0912345678", m.mentorPhone, "call works with no data connection");
        assertEquals(Helper.Role.OFFICER, m.helpers.get(1).role);
        assertEquals("Lê Văn Cường", m.helpers.get(1).name);
        assertEquals("0987654321", m.helpers.get(1).phone);
        assertNull(m.helpers.get(2).phone, "an officer without a number is listed, not callable");
        assertEquals(Long.valueOf(readAt), m.helpersSavedAtMillis);
        assertTrue(m.opportunitiesKnown);
        assertEquals("Thợ may", m.opportunities.get(0).title);
        assertEquals(Long.valueOf(readAt), m.opportunitiesSavedAtMillis, "offline offers say how old they are");
        home.callMentor();
        assertTrue(view.events.contains("dial 0912345678"));
    }

    @Test
    void aServerWithoutOfficersAndAPhoneNeverOnlineAreToldApart() throws Exception {
        store.applyPage(Arrays.asList(caseRecord()), "c1");
        HomeView never = new HomeView();
        new PersonHomePresenter(never, Fixtures.personClient(offline(), clock, store)).start();
        PersonHomeModel m = never.last();
        assertEquals(1, m.helpers.size(), "the synced mentor's name is known");
        assertNull(m.helpers.get(0).phone);
        assertFalse(m.canCallSomeone());
        assertNull(m.helpersSavedAtMillis);
        assertFalse(m.opportunitiesKnown, "never read: not 'no offers'");

        ScriptedServer oldServer = new ScriptedServer()
                .on("GET /api/v1/sync", 200, EMPTY_SYNC)
                .on(
                        "GET /api/v1/me/case",
                        200,
                        "{\"id\":\"" + C + "\",\"mentor\":{\"id\":\"mentor-acc\",\"displayName\":\"Phan Thị Mai\","
                                + "\"phone\":\"0912345678\"}}")
                .on("GET /api/v1/opportunities", 200, "[]");
        HomeView view = new HomeView();
        new PersonHomePresenter(view, Fixtures.personClient(oldServer, clock, store)).start();
        assertEquals(1, view.last().helpers.size());
        assertTrue(view.last().canCallSomeone());
        assertTrue(view.last().opportunitiesKnown);
        assertTrue(view.last().opportunities.isEmpty());
    }

    @Test
    void helpQueuedOfflineSaysNotSentThenTheFeedSaysWhoAnsweredAndWhen() throws Exception {
        store.applyPage(Arrays.asList(caseRecord()), "c1");
        HomeView view = new HomeView();
        PersonHomePresenter home = new PersonHomePresenter(view, sharedClient(offline()));
        home.start();
        assertNull(view.last().help);

        home.askForHelp("CRISIS", null);

        HelpStatus waiting = view.last().help;
        assertTrue(view.events.contains("help sent=false"));
        assertEquals(HelpStatus.State.NOT_SENT, waiting.state);
        assertEquals("CRISIS", waiting.category);
        assertEquals("Phan Thị Mai", waiting.sentToName);
        assertFalse(view.last().askMood, "help first: the mood steps make room");

        // Back online: the request goes out, and the feed later says the mentor is on it.
        String id = waiting.id;
        String created = Rfc3339.formatUtc(clock.nowMillis());
        clock.advance(4 * 60_000L);
        String acknowledged = Rfc3339.formatUtc(clock.nowMillis());
        ScriptedServer online = new ScriptedServer()
                .on("POST /api/v1/cases/" + C + "/help-requests", 201, "{}")
                .on(
                        "GET /api/v1/sync",
                        200,
                        "{\"changes\":[{\"type\":\"HELP_REQUEST\",\"id\":\"" + id + "\",\"caseId\":\"" + C
                                + "\",\"helpRequest\":{\"id\":\"" + id + "\",\"caseId\":\"" + C
                                + "\",\"category\":\"CRISIS\",\"createdAt\":\"" + created + "\",\"acknowledgedAt\":\""
                                + acknowledged
                                + "\",\"acknowledgedBy\":\"mentor-acc\"}}],\"cursor\":\"c3\",\"hasMore\":false}")
                .on("GET /api/v1/me/case", 200, MY_CASE)
                .on("GET /api/v1/opportunities", 200, "[]");
        DongHanhClient sameOutbox = sharedClient(online);
        HomeView later = new HomeView();
        new PersonHomePresenter(later, sameOutbox).start();
        HelpStatus answered = later.last().help;
        assertEquals(HelpStatus.State.ANSWERED, answered.state);
        assertEquals("Phan Thị Mai", answered.answeredByName);
        assertEquals(Long.valueOf(clock.nowMillis()), answered.answeredAtMillis);
        assertEquals(0, later.last().unsentCount);

        clock.advance(25 * 3_600_000L);
        HomeView nextDay = new HomeView();
        new PersonHomePresenter(nextDay, Fixtures.personClient(offline(), clock, store)).start();
        assertNull(nextDay.last().help, "yesterday's answered request leaves the home screen");
    }

    private vn.donghanh.client.store.InMemoryOutboxStore outboxStore;

    private DongHanhClient sharedClient(ScriptedServer server) {
        return DongHanhClient.builder("http://server")
                .transport(server)
                .clock(clock)
                .sessionStore(session())
                .outboxStore(outbox())
                .syncStore(store)
                .build();
    }

    @Test
    void helpSentOnlineSaysSentToTheMentorAtWhatTime() throws Exception {
        ScriptedServer server = new ScriptedServer()
                .on("GET /api/v1/sync", 200, EMPTY_SYNC)
                .on("GET /api/v1/me/case", 200, MY_CASE)
                .on("GET /api/v1/opportunities", 200, "[]")
                .on("POST /api/v1/cases/" + C + "/help-requests", 201, "{}");
        HomeView view = new HomeView();
        PersonHomePresenter home = new PersonHomePresenter(view, Fixtures.personClient(server, clock, store));
        home.start();
        home.askForHelp("CRAVING", null);

        HelpStatus sent = view.last().help;
        assertEquals(HelpStatus.State.SENT, sent.state);
        assertEquals("Phan Thị Mai", sent.sentToName);
        assertEquals(clock.nowMillis(), sent.askedAtMillis);
        assertTrue(view.last().canCallSomeone());
    }

    @Test
    void theScheduleListsComingAppointmentsWithCancelledOnesMarkedOffline() throws Exception {
        store.applyPage(
                Arrays.asList(
                        appointment("past", "2026-11-22T09:00:00+07:00", "SCHEDULED"),
                        appointment("now", "2026-11-23T09:30:00+07:00", "SCHEDULED"), // under way until 10:30
                        appointment("later", "2026-11-26T14:00:00+07:00", "SCHEDULED"),
                        appointment("off", "2026-11-25T08:00:00+07:00", "CANCELLED")),
                "c1");
        final List<String> shown = new ArrayList<>();
        final boolean[] offline = new boolean[1];
        ScheduleView view = new ScheduleView() {
            @Override
            public void showSchedule(List<AppointmentRow> rows, boolean off, Long lastSyncedAtMillis) {
                shown.clear();
                for (AppointmentRow r : rows) {
                    shown.add(r.occurrenceId + (r.cancelled ? " cancelled" : "") + " " + r.countdown.days);
                }
                offline[0] = off;
            }

            @Override
            public void showLoading(boolean loading) {}

            @Override
            public void showError(ErrorKind error) {
                shown.add("error " + error);
            }
        };
        new SchedulePresenter(view, Fixtures.personClient(offline(), clock, store)).start();

        assertEquals(Arrays.asList("now 0", "off cancelled 1", "later 3"), shown);
        assertTrue(offline[0]);
    }

    @Test
    void theAccessLogIsReadOnlineKeptAndShownOfflineWithItsAge() throws Exception {
        ScriptedServer server = new ScriptedServer()
                .on(
                        "GET /api/v1/me/access-log",
                        200,
                        "{\"items\":[{\"occurredAt\":\"2026-11-22T15:04:00+07:00\",\"actorName\":\"Lê Văn Cường\","
                                + "\"actorRole\":\"OFFICER\",\"action\":\"CASE_READ\"},{\"occurredAt\":"
                                + "\"2026-11-20T09:00:00+07:00\",\"actorName\":\"Phan Thị Mai\",\"actorRole\":\"MENTOR\","
                                + "\"action\":\"CHECKINS_READ\"}]}");
        List<String> shown = new ArrayList<>();
        AccessLogView view = new AccessLogView() {
            @Override
            public void showAccessLog(List<AccessLogRow> rows, boolean known, boolean off, Long savedAt) {
                shown.add(rows.size() + " known=" + known + " offline=" + off + " savedAt=" + savedAt
                        + (rows.isEmpty() ? "" : " first=" + rows.get(0).actorName + "/" + rows.get(0).action));
            }

            @Override
            public void showLoading(boolean loading) {}

            @Override
            public void showError(ErrorKind error) {
                shown.add("error " + error);
            }
        };
        new AccessLogPresenter(view, Fixtures.personClient(offline(), clock, store)).start();
        long readAt = clock.nowMillis();
        new AccessLogPresenter(view, Fixtures.personClient(server, clock, store)).start();
        assertTrue(server.requestsTo("/api/v1/me/access-log?limit=").size() == 1);
        clock.advance(60_000);
        new AccessLogPresenter(view, Fixtures.personClient(offline(), clock, store)).start();

        assertEquals(
                Arrays.asList(
                        "0 known=false offline=true savedAt=null",
                        "2 known=true offline=false savedAt=" + readAt + " first=Lê Văn Cường/CASE_READ",
                        "2 known=true offline=true savedAt=" + readAt + " first=Lê Văn Cường/CASE_READ"),
                shown);
        assertNotNull(readAt);
    }

    private static StoredRecord appointment(String id, String startsAt, String status) {
        return new StoredRecord(
                "APPOINTMENT",
                id,
                C,
                "{\"id\":\"" + id + "\",\"seriesId\":\"s\",\"caseId\":\"" + C
                        + "\",\"type\":\"COUNSELLING\",\"placeName\":\"Trạm y tế\",\"startsAt\":\"" + startsAt
                        + "\",\"durationMinutes\":60,\"status\":\"" + status + "\"}");
    }

    private vn.donghanh.client.store.InMemorySessionStore sessionStore;

    private vn.donghanh.client.store.InMemorySessionStore session() {
        if (sessionStore == null) {
            sessionStore = new vn.donghanh.client.store.InMemorySessionStore();
            sessionStore.save(new vn.donghanh.client.model.Session(
                    "access-1",
                    "refresh-1",
                    clock.nowMillis() + 36_000_000,
                    new vn.donghanh.client.model.Account(
                            "acc-person", vn.donghanh.client.model.Role.PERSON, "Nguyễn Văn An", "unit", C, null)));
        }
        return sessionStore;
    }

    private vn.donghanh.client.store.InMemoryOutboxStore outbox() {
        if (outboxStore == null) {
            outboxStore = new vn.donghanh.client.store.InMemoryOutboxStore();
        }
        return outboxStore;
    }
}
