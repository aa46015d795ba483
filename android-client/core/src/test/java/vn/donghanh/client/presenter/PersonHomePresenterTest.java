package vn.donghanh.client.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.DongHanhClient;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.presenter.person.PersonHomeView;
import vn.donghanh.client.store.InMemorySyncStore;
import vn.donghanh.client.store.StoredRecord;
import vn.donghanh.client.support.Fixtures;
import vn.donghanh.client.support.ManualClock;
import vn.donghanh.client.support.ScriptedServer;
import vn.donghanh.client.time.Rfc3339;

class PersonHomePresenterTest {
    static class FakeView implements PersonHomeView {
        final List<PersonHomeModel> renders = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        @Override
        public void showLoading(boolean loading) {}

        @Override
        public void showError(ErrorKind error) {
            events.add("error " + error);
        }

        @Override
        public void render(PersonHomeModel model) {
            renders.add(model);
        }

        @Override
        public void showCheckinSaved(boolean sent) {
            events.add("checkin sent=" + sent);
        }

        @Override
        public void showHelpRequestSaved(boolean sent) {
            events.add("help sent=" + sent);
        }

        @Override
        public void dial(String phone) {
            events.add("dial " + phone);
        }

        @Override
        public void openMessages(String caseId, String mentorAccountId) {
            events.add("messages " + mentorAccountId);
        }

        @Override
        public void openSignIn() {
            events.add("sign-in");
        }
    }

    @Test
    void withoutNetworkItShowsTheSyncedPictureAndQueuesTheCheckin() throws Exception {
        ManualClock clock = new ManualClock(Rfc3339.parse("2026-11-23T10:00:00+07:00"));
        ScriptedServer server = new ScriptedServer();
        for (int i = 0; i < 20; i++) {
            server.on("GET /", new ConnectException("offline")).on("POST /", new ConnectException("offline"));
        }
        InMemorySyncStore store = new InMemorySyncStore();
        DongHanhClient client = Fixtures.personClient(server, clock, store);
        String c = Fixtures.CASE_ID;
        store.applyPage(
                Arrays.asList(
                        new StoredRecord(
                                "CASE",
                                c,
                                c,
                                "{\"id\":\"" + c + "\",\"fullName\":\"Nguyễn Văn An\","
                                        + "\"dateOfBirth\":\"1990-01-01\",\"status\":\"ACTIVE\",\"adminUnitId\":\"u\","
                                        + "\"plannedEndDate\":\"2026-12-03\",\"mentorId\":\"mentor-acc\","
                                        + "\"mentorName\":\"Phan Thị Mai\"}"),
                        new StoredRecord(
                                "APPOINTMENT",
                                "o1",
                                c,
                                "{\"id\":\"o1\",\"seriesId\":\"s\",\"caseId\":\"" + c
                                        + "\",\"type\":\"METHADONE_DOSE\",\"placeId\":\"p\",\"placeName\":\"Cơ sở Methadone\","
                                        + "\"startsAt\":\"2026-11-24T07:30:00+07:00\",\"durationMinutes\":30,"
                                        + "\"status\":\"SCHEDULED\",\"moved\":false}")),
                "c1");
        FakeView view = new FakeView();
        PersonHomePresenter presenter = new PersonHomePresenter(view, client);

        presenter.start();

        PersonHomeModel model = view.renders.get(view.renders.size() - 1);
        assertTrue(model.offline);
        assertEquals("Phan Thị Mai", model.mentorName);
        assertNull(model.mentorPhone, "no phone known offline: the call button hides");
        assertEquals(Integer.valueOf(10), model.daysRemaining);
        assertEquals("o1", model.nextAppointment.occurrenceId);
        assertEquals(0, model.nextAppointment.countdown.days);
        assertEquals(21, model.nextAppointment.countdown.hours);
        assertEquals(30, model.nextAppointment.countdown.minutes);

        presenter.checkIn(4, 1, null);

        assertTrue(view.events.contains("checkin sent=false"), view.events.toString());
        PersonHomeModel after = view.renders.get(view.renders.size() - 1);
        assertEquals(1, after.unsentCount);
        assertEquals(0, after.failedCount);

        presenter.messageMentor();
        assertTrue(view.events.contains("messages mentor-acc"));
        int rendered = view.renders.size();
        presenter.detach();
        presenter.tick();
        assertEquals(rendered, view.renders.size(), "nothing reaches a detached view");
    }
}
