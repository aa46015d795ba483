package vn.donghanh.client.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.donghanh.client.api.ApiException;
import vn.donghanh.client.api.NotSignedInException;
import vn.donghanh.client.http.HttpResponse;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.model.CaseDetail;
import vn.donghanh.client.model.Checkin;
import vn.donghanh.client.model.Contact;
import vn.donghanh.client.model.Json;
import vn.donghanh.client.model.Mentee;
import vn.donghanh.client.model.Role;
import vn.donghanh.client.model.Session;
import vn.donghanh.client.outbox.FlushResult;
import vn.donghanh.client.outbox.OutboxOperation;
import vn.donghanh.client.reminder.PlannedAlarm;
import vn.donghanh.client.time.Rfc3339;

/** The client against the real backend (--demo data on the embedded database); nothing faked but the network switch. */
@ExtendWith(Backend.class)
class EndToEndTest {
    static final String PASSWORD = "demo-dong-hanh";
    static final String PERSON_PHONE = "0912000001";
    static final String PERSON_PIN = "246810";

    static Phone person() throws Exception {
        Phone phone = new Phone();
        phone.client.auth().personLogin(PERSON_PHONE, PERSON_PIN);
        return phone;
    }

    static Phone staff(String username) throws Exception {
        Phone phone = new Phone();
        phone.client.auth().staffLogin(username, PASSWORD);
        return phone;
    }

    /** The installation's first admin, signed in. */
    static Phone adminPhone() throws Exception {
        Phone phone = new Phone();
        phone.client.auth().staffLogin("admin", Backend.ADMIN_PASSWORD);
        return phone;
    }

    /** A demo mentor with at least one mentee, signed in. */
    static Phone mentorWithMentee() throws Exception {
        for (String name : Arrays.asList(
                "demo.mentor.youth", "demo.mentor.women", "demo.mentor.veterans", "demo.mentor.farmers")) {
            Phone phone = staff(name);
            if (!phone.client.api().mentees().isEmpty()) {
                return phone;
            }
        }
        throw new AssertionError("no demo mentor has a mentee");
    }

    @Test
    void eachRoleSignsIn() throws Exception {
        Session person = person().client.auth().current();
        assertEquals(Role.PERSON, person.account.role);
        assertNotNull(person.account.caseId);
        assertEquals(Role.OFFICER, staff("demo.officer.tanthinh").client.auth().current().account.role);
        assertEquals(Role.MENTOR, staff("demo.mentor.youth").client.auth().current().account.role);

        ApiException wrong =
                assertThrows(ApiException.class, () -> new Phone().client.auth().personLogin(PERSON_PHONE, "000000"));
        assertEquals(401, wrong.status);
    }

    @Test
    void offlineCheckinsAndAContactAreSentOnceWhenTheNetworkReturns() throws Exception {
        Phone person = person();
        String caseId = person.client.auth().current().account.caseId;
        Phone mentor = mentorWithMentee();
        Mentee mentee = mentor.client.api().mentees().get(0);

        person.network.setOffline(true);
        mentor.network.setOffline(true);
        String note = "Hôm nay tôi ổn — đã đi làm ở xưởng mộc, cảm ơn chị Mai";
        String first = person.client.outbox().queueCheckin(caseId, 4, 2, note);
        String second = person.client.outbox().queueCheckin(caseId, 3, null, null);
        String contact = mentor.client
                .outbox()
                .queueContact(
                        mentee.caseId,
                        "HOME_VISIT",
                        System.currentTimeMillis() - 3_600_000,
                        "Thăm nhà, gia đình hòa thuận; đang tìm việc",
                        Arrays.asList("UNEMPLOYMENT"),
                        true);

        FlushResult offline = person.client.flusher().flush(false);
        assertTrue(offline.interrupted);
        assertEquals(2, person.client.outbox().pendingCount(), "nothing is lost while offline");
        assertTrue(person.network.refused.get() > 0);
        assertTrue(mentor.client.flusher().flush(false).interrupted);
        assertEquals(1, mentor.client.outbox().pendingCount());
        List<OutboxOperation> sentOnce = person.client.outbox().unsent();
        List<OutboxOperation> contactOnce = mentor.client.outbox().unsent();

        person.network.setOffline(false);
        mentor.network.setOffline(false);
        assertEquals(2, person.client.flusher().flush(true).sent);
        assertEquals(1, mentor.client.flusher().flush(true).sent);
        assertEquals(0, person.client.outbox().pendingCount());

        // The response was "lost": the phone sends the very same operations again.
        for (OutboxOperation op : sentOnce) {
            person.outboxStore.add(op);
        }
        mentor.outboxStore.add(contactOnce.get(0));
        assertEquals(2, person.client.flusher().flush(true).sent);
        assertEquals(1, mentor.client.flusher().flush(true).sent);

        List<Checkin> checkins = person.client.api().checkins(caseId, 200);
        assertEquals(1, countCheckins(checkins, first));
        assertEquals(1, countCheckins(checkins, second));
        for (Checkin c : checkins) {
            if (c.id.equals(first)) {
                assertEquals(note, c.note, "Vietnamese text round-trips exactly");
                assertEquals(Integer.valueOf(4), c.wellbeing);
            }
        }
        int contacts = 0;
        for (Contact c : mentor.client.api().contacts(mentee.caseId)) {
            if (c.id.equals(contact)) {
                contacts++;
                assertEquals("Thăm nhà, gia đình hòa thuận; đang tìm việc", c.summary);
            }
        }
        assertEquals(1, contacts);

        // The person's sync feed brings their check-ins back, once each.
        person.client.syncNow(false);
        assertEquals(1, countCheckins(person.client.records().checkins(caseId), first));
    }

    @Test
    void aNewAppointmentIsSyncedToThePhoneAndItsAlarmsPlanned() throws Exception {
        Phone person = person();
        CaseDetail myCase = person.client.api().myCase();
        TimeZone zone = TimeZone.getTimeZone(myCase.timeZone);
        person.client.syncNow(false);
        int before = person.client.records().appointments(myCase.id).size();

        Phone officer = staff("demo.officer.tanthinh");
        String placeId = Json.objects(officer.client.api().client().getArray("/api/v1/organisations"))
                .get(0)
                .getString("id");
        Calendar start = Calendar.getInstance(zone);
        start.add(Calendar.DAY_OF_MONTH, 3);
        start.set(Calendar.HOUR_OF_DAY, 9);
        start.set(Calendar.MINUTE, 30);
        start.set(Calendar.SECOND, 0);
        start.set(Calendar.MILLISECOND, 0);
        JSONObject body = new JSONObject()
                .put("id", UUID.randomUUID().toString())
                .put("type", "COUNSELLING")
                .put("placeId", placeId)
                .put("startsAt", Rfc3339.formatLocal(start.getTimeInMillis(), zone))
                .put("durationMinutes", 60)
                .put("note", "Buổi tư vấn định kỳ");
        JSONObject series = officer.client.api().client().post("/api/v1/cases/" + myCase.id + "/appointments", body);
        String occurrenceId = series.getJSONArray("upcoming").getJSONObject(0).getString("id");

        person.client.syncNow(false);

        AppointmentOccurrence synced = null;
        for (AppointmentOccurrence o : person.client.records().appointments(myCase.id)) {
            if (o.id.equals(occurrenceId)) {
                synced = o;
            }
        }
        assertNotNull(synced, "the sync feed brought the new appointment");
        assertEquals(before + 1, person.client.records().appointments(myCase.id).size());
        assertEquals(start.getTimeInMillis(), synced.startsAtMillis);

        List<Long> triggers = new ArrayList<>();
        for (PlannedAlarm a : person.alarms.scheduled()) {
            if (a.occurrenceId.equals(occurrenceId)) {
                triggers.add(a.triggerAtMillis);
                assertFalse(a.bodyKey.isEmpty());
            }
        }
        long startsAt = start.getTimeInMillis();
        // 09:30 local: the day before at 09:30 and 08:30 on the day, both outside the quiet hours.
        assertEquals(Arrays.asList(startsAt - 24 * 3_600_000L, startsAt - 3_600_000L), triggers);

        // Syncing again changes nothing: no duplicate records, no alarm churn.
        person.client.syncNow(false);
        assertEquals(before + 1, person.client.records().appointments(myCase.id).size());
    }

    /**
     * One rule for what a reminder may reveal, pinned across server and phone: the server marks each
     * occurrence {@code discreetPlace} by its place's type (the rule its own reminder text uses, see
     * the backend's DiscreetPlaces test), and every alarm the phone plans names the place exactly
     * when the server says it may. The demo person's methadone doses are at the commune health
     * station, which the server names: a phone deciding by appointment type (as it once did) fails here.
     */
    @Test
    void thePhonesRemindersRevealThePlaceExactlyWhenTheServerSaysTheyMay() throws Exception {
        Phone person = person();
        String caseId = person.client.auth().current().account.caseId;
        person.client.syncNow(false);

        int checked = 0;
        for (AppointmentOccurrence o : person.client.records().appointments(caseId)) {
            assertNotNull(o.discreetPlace, "the server sends the flag on " + o.id);
            for (PlannedAlarm a : person.alarms.scheduled()) {
                if (a.occurrenceId.equals(o.id)) {
                    checked++;
                    assertEquals(
                            !o.discreetPlace,
                            vn.donghanh.client.reminder.AlarmText.namesPlace(a.bodyKey),
                            a.bodyKey + " for " + o.type + " at " + o.placeName);
                }
            }
        }
        assertTrue(checked > 0, "the demo person has planned reminders");
    }

    @Test
    void aRefusedItemKeepsTheServersReasonInTheUsersLanguageAndDoesNotHoldUpTheRest() throws Exception {
        StringBuilder tooLong = new StringBuilder();
        for (int i = 0; i < 2001; i++) {
            tooLong.append('a');
        }
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            // A person is answered in their case's language (Vietnamese in the demo), whatever the phone says.
            java.util.Locale.setDefault(java.util.Locale.US);
            Phone person = person();
            String caseId = person.client.auth().current().account.caseId;
            String mentorId = person.client.api().myCase().mentor.id;
            String refused = person.client.outbox().queueMessage(caseId, mentorId, tooLong.toString());
            String fine = person.client.outbox().queueCheckin(caseId, 4, null, null);
            person.client.syncNow(true);
            assertFalse(person.client.outbox().isUnsent(fine), "the check-in behind the refused item went out");
            OutboxOperation kept = person.client.outbox().find(refused);
            assertEquals(OutboxOperation.State.FAILED, kept.state);
            assertEquals(400, kept.lastStatus);
            assertTrue(kept.lastError.startsWith("body: độ dài phải"), "Vietnamese: " + kept.lastError);
            person.client.outbox().discard(refused);

            // Staff have no language of their own: the phone's language decides.
            Phone mentor = mentorWithMentee();
            String menteeCase = mentor.client.api().mentees().get(0).caseId;
            String contact = mentor.client
                    .outbox()
                    .queueContact(
                            menteeCase,
                            "PHONE_CALL",
                            System.currentTimeMillis(),
                            tooLong.toString(),
                            new ArrayList<String>(),
                            false);
            mentor.client.syncNow(true);
            OutboxOperation english = mentor.client.outbox().find(contact);
            assertEquals(OutboxOperation.State.FAILED, english.state);
            assertTrue(english.lastError.startsWith("summary: size must be"), "English: " + english.lastError);
            mentor.client.outbox().discard(contact);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void refreshRotatesTheTokenAndReuseIsRefused() throws Exception {
        Phone phone = person();
        String first = phone.client.auth().current().refreshToken;

        Session rotated = phone.client.auth().refresh();
        assertNotEquals(first, rotated.refreshToken);
        assertNotNull(phone.client.api().myCase().id, "the new access token works");

        HttpResponse reuse = phone.client
                .api()
                .client()
                .anonymous("/api/v1/auth/refresh", new JSONObject().put("refreshToken", first));
        assertEquals(401, reuse.status, "a spent refresh token is refused");
        assertThrows(
                NotSignedInException.class,
                () -> phone.client.auth().refresh(),
                "reuse revoked the whole session family");
    }

    @Test
    void logoutRevokesTheSession() throws Exception {
        Phone phone = person();
        String refresh = phone.client.auth().current().refreshToken;

        assertTrue(phone.client.signOut());

        assertEquals(null, phone.client.auth().current());
        HttpResponse after = phone.client
                .api()
                .client()
                .anonymous("/api/v1/auth/refresh", new JSONObject().put("refreshToken", refresh));
        assertEquals(401, after.status);
        assertThrows(NotSignedInException.class, () -> phone.client.api().myCase());
    }

    @Test
    void aPersonActivatesWithTheOfficersCodeAndSignsInWithTheNewPin() throws Exception {
        Phone officer = staff("demo.officer.tanthinh");
        JSONObject page = officer.client.api().client().getObject("/api/v1/cases?status=ACTIVE&limit=200");
        String ownCase = person().client.auth().current().account.caseId;
        for (JSONObject c : Json.objects(page.getJSONArray("items"))) {
            String caseId = c.getString("id");
            if (caseId.equals(ownCase)) {
                continue;
            }
            JSONObject code;
            try {
                code = officer.client.api().client().post("/api/v1/cases/" + caseId + "/activation-code", null);
            } catch (ApiException noPhoneOrInUse) {
                continue;
            }
            String phoneNumber = officer.client.api().getCase(caseId).phone;
            Phone phone = new Phone();
            Session session = phone.client.auth().activate(phoneNumber, code.getString("code"), "135790");
            assertEquals(Role.PERSON, session.account.role);
            assertEquals(caseId, session.account.caseId);

            Phone again = new Phone();
            again.client.auth().personLogin(phoneNumber, "135790");
            assertEquals(caseId, again.client.api().myCase().id);
            return;
        }
        throw new AssertionError("no demo case could get an activation code");
    }

    private static int countCheckins(List<Checkin> checkins, String id) {
        int n = 0;
        for (Checkin c : checkins) {
            if (c.id.equals(id)) {
                n++;
            }
        }
        return n;
    }
}
