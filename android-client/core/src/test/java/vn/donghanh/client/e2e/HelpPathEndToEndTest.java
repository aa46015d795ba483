package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Notification;
import vn.donghanh.client.presenter.mentor.AlertRow;
import vn.donghanh.client.presenter.mentor.AlertsModel;
import vn.donghanh.client.presenter.mentor.AlertsPresenter;
import vn.donghanh.client.presenter.mentor.AlertsView;
import vn.donghanh.client.presenter.mentor.MenteeModel;
import vn.donghanh.client.presenter.mentor.MenteePresenter;
import vn.donghanh.client.presenter.mentor.MenteeView;
import vn.donghanh.client.presenter.person.PersonHomeModel;
import vn.donghanh.client.presenter.person.PersonHomePresenter;
import vn.donghanh.client.presenter.person.PersonHomeView;

/**
 * The product's most important flow, on the real backend with nothing faked but the network: a
 * person asks for help with no connection, the request goes out when the connection returns, the
 * mentor's phone syncs and shows who needs help and why, the mentor taps "I'm on it", and the
 * server records that human action so the officers are not called. The backend runs with help
 * escalation after {@link Backend#HELP_ESCALATE_AFTER_SECONDS} s (scanned every second), so a
 * request left unanswered in the same run is escalated: the control that this test can fail.
 */
@ExtendWith(Backend.class)
class HelpPathEndToEndTest {
    static final class PersonScreen extends PresentersEndToEndTest.RecordingView implements PersonHomeView {
        PersonHomeModel last;
        Boolean helpSent;

        public void render(PersonHomeModel model) {
            last = model;
        }

        public void showCheckinSaved(boolean sent) {}

        public void showHelpRequestSaved(boolean sent) {
            helpSent = sent;
        }

        public void dial(String phone) {}

        public void openMessages(String caseId, String mentorAccountId) {}

        public void openSignIn() {}
    }

    static final class AlertsScreen extends PresentersEndToEndTest.RecordingView implements AlertsView {
        AlertsModel last;

        public void render(AlertsModel model) {
            last = model;
        }

        public void openMentee(String caseId, String fullName) {}
    }

    static final class MenteeScreen extends PresentersEndToEndTest.RecordingView implements MenteeView {
        MenteeModel last;
        Boolean acknowledgedSent;

        public void render(MenteeModel model) {
            last = model;
        }

        public void dial(String phone) {}

        public void openMessages(String caseId, String withAccountId) {}

        public void openContactForm(String caseId, String fullName) {}

        public void openReferral(String caseId, String fullName) {}

        public void showAcknowledged(boolean sent) {
            acknowledgedSent = sent;
        }
    }

    @Test
    void helpAskedOfflineReachesTheMentorByNameAndImOnItStopsTheEscalation() throws Exception {
        Phone person = EndToEndTest.person();
        String caseId = person.client.auth().current().account.caseId;
        String personName = person.client.api().myCase().fullName;
        Phone mentor = mentorOf(caseId);
        Phone officer = EndToEndTest.staff("demo.officer.tanthinh");

        // The person presses "Cần giúp đỡ" with no connection: queued on the phone, not sent.
        PersonScreen home = new PersonScreen();
        PersonHomePresenter presenter = new PersonHomePresenter(home, person.client);
        person.network.setOffline(true);
        presenter.askForHelp("CRAVING", "Đang rất thèm, ở nhà một mình");
        assertEquals(Boolean.FALSE, home.helpSent, "offline the request waits on the phone");
        assertEquals(1, person.client.outbox().pendingCount());
        String helpId = person.client.outbox().unsent().get(0).id;

        // The connection returns: the next sync sends it.
        person.network.setOffline(false);
        person.client.syncNow(true);
        assertEquals(0, person.client.outbox().pendingCount());

        // The mentor's phone syncs and shows a named alert with the reason, at the top.
        AlertsScreen alerts = new AlertsScreen();
        new AlertsPresenter(alerts, mentor.client).start();
        assertTrue(alerts.errors.isEmpty(), alerts.errors.toString());
        AlertRow first = alerts.last.rows.get(0);
        assertEquals(AlertRow.Kind.HELP_REQUEST, first.kind);
        assertEquals(helpId, first.id);
        assertEquals(caseId, first.caseId);
        assertEquals(personName, first.fullName);
        assertEquals("CRAVING", first.reason);
        assertEquals("Đang rất thèm, ở nhà một mình", first.note);
        assertTrue(first.minutesAgo >= 0 && first.minutesAgo < 5, "asked just now: " + first.minutesAgo);

        // One tap opens the mentee; "I'm on it" reaches the server.
        MenteeScreen mentee = new MenteeScreen();
        MenteePresenter menteePresenter =
                new MenteePresenter(mentee, mentor.client, caseId, first.fullName, null, null);
        menteePresenter.start();
        assertEquals(personName, mentee.last.fullName);
        assertNotNull(mentee.last.acknowledgeable(), "a waiting help request can be answered");
        menteePresenter.acknowledge();
        assertEquals(Boolean.TRUE, mentee.acknowledgedSent);
        assertTrue(mentee.errors.isEmpty(), mentee.errors.toString());

        JSONObject answered = helpRequest(officer, caseId, helpId);
        assertNotNull(Json.string(answered, "acknowledgedAt"), answered.toString());
        assertEquals(mentor.client.auth().current().account.id, Json.string(answered, "acknowledgedBy"));

        // A second request that nobody answers: the control. Both wait past the escalation time.
        String unanswered = person.client.outbox().queueHelpRequest(caseId, "OTHER", null);
        person.client.syncNow(true);
        long deadline = System.currentTimeMillis() + (Backend.HELP_ESCALATE_AFTER_SECONDS + 30) * 1000L;
        while (Json.string(helpRequest(officer, caseId, unanswered), "escalatedAt") == null) {
            if (System.currentTimeMillis() > deadline) {
                fail("the unanswered request was never escalated: the escalation does not run in this backend");
            }
            Thread.sleep(500);
        }

        assertNull(
                Json.string(helpRequest(officer, caseId, helpId), "escalatedAt"),
                "the request the mentor answered is not passed to the officers");
        officer.client.syncNow(true);
        List<String> escalatedToOfficer = new ArrayList<>();
        for (Notification n : officer.client.records().notifications()) {
            if ("HELP_ESCALATED".equals(n.kind)) {
                escalatedToOfficer.add(n.subjectId);
            }
        }
        assertTrue(escalatedToOfficer.contains(unanswered), "the officer was told of the unanswered one");
        assertTrue(!escalatedToOfficer.contains(helpId), "…and not of the answered one: " + escalatedToOfficer);
    }

    private static JSONObject helpRequest(Phone reader, String caseId, String id) throws Exception {
        JSONObject page =
                reader.client.api().client().getObject("/api/v1/cases/" + caseId + "/help-requests?limit=200");
        for (JSONObject h : Json.objects(page.optJSONArray("items"))) {
            if (id.equals(Json.string(h, "id"))) {
                return h;
            }
        }
        throw new AssertionError("help request " + id + " not on the case");
    }

    /** The demo mentor of the case, signed in on their own phone. */
    private static Phone mentorOf(String caseId) throws Exception {
        for (String name : Arrays.asList(
                "demo.mentor.youth", "demo.mentor.women", "demo.mentor.veterans", "demo.mentor.farmers")) {
            Phone phone = EndToEndTest.staff(name);
            for (vn.donghanh.client.model.Mentee m : phone.client.api().mentees()) {
                if (caseId.equals(m.caseId)) {
                    return phone;
                }
            }
        }
        throw new AssertionError("no demo mentor has case " + caseId);
    }
}
