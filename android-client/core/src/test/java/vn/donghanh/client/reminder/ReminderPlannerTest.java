package vn.donghanh.client.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.model.AppointmentOccurrence;
import vn.donghanh.client.time.Rfc3339;

class ReminderPlannerTest {
    private static final TimeZone HCM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");
    private static final TimeZone NEW_YORK = TimeZone.getTimeZone("America/New_York");
    private final ReminderPlanner planner = new ReminderPlanner(ReminderSettings.serverDefaults());

    static AppointmentOccurrence occ(String id, String type, String startsAt, String status) {
        return occ(id, type, startsAt, status, Boolean.TRUE);
    }

    /** {@code discreetPlace} as the server's synced appointment carries it (null: an older server). */
    static AppointmentOccurrence occ(String id, String type, String startsAt, String status, Boolean discreetPlace) {
        return new AppointmentOccurrence(
                id,
                "series",
                "case",
                type,
                "Cơ sở điều trị Methadone",
                null,
                Rfc3339.parse(startsAt),
                30,
                status,
                null,
                discreetPlace);
    }

    private List<String> triggers(List<PlannedAlarm> alarms, TimeZone zone) {
        List<String> out = new ArrayList<>();
        for (PlannedAlarm a : alarms) {
            out.add(Rfc3339.format(a.triggerAtMillis, zone).substring(0, 16) + " " + a.offsetMinutes);
        }
        return out;
    }

    @Test
    void theDayBeforeAndAnHourBefore() {
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        List<PlannedAlarm> plan = planner.plan(
                Collections.singletonList(occ("o1", "COUNSELLING", "2026-11-25T09:30:00+07:00", "SCHEDULED")),
                now,
                HCM);
        assertEquals(Arrays.asList("2026-11-24T09:30 1440", "2026-11-25T08:30 60"), triggers(plan, HCM));
        assertEquals(AlarmText.BODY_TOMORROW_HEALTH_FACILITY, plan.get(0).bodyKey);
        assertEquals(AlarmText.BODY_HEALTH_FACILITY, plan.get(1).bodyKey);
        assertEquals("09:30", plan.get(1).timeText);
    }

    @Test
    void whatAReminderSaysAboutThePlaceIsTheServersDiscreetPlaceFlagNotTheAppointmentType() {
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        String at = "2026-11-25T09:30:00+07:00";
        // The same type gets three different texts: only the server's flag decides.
        assertEquals(
                Arrays.asList(AlarmText.BODY_TOMORROW_HEALTH_FACILITY, AlarmText.BODY_HEALTH_FACILITY),
                bodies(planner.plan(
                        Collections.singletonList(occ("d", "JOB_INTERVIEW", at, "SCHEDULED", Boolean.TRUE)),
                        now,
                        HCM)));
        assertEquals(
                Arrays.asList(AlarmText.BODY_TOMORROW_AT_PLACE, AlarmText.BODY_AT_PLACE),
                bodies(planner.plan(
                        Collections.singletonList(occ("n", "COUNSELLING", at, "SCHEDULED", Boolean.FALSE)), now, HCM)));
        // An older server sends no flag: nothing about the place, not even "the health facility".
        assertEquals(
                Arrays.asList(AlarmText.BODY_TOMORROW_GENERIC, AlarmText.BODY_GENERIC),
                bodies(planner.plan(
                        Collections.singletonList(occ("o", "COUNSELLING", at, "SCHEDULED", null)), now, HCM)));
        // Allowed to name the place but the record has none: the generic text, never an empty name.
        AppointmentOccurrence nameless = new AppointmentOccurrence(
                "x", "s", "case", "GROUP_MEETING", null, null, Rfc3339.parse(at), 30, "SCHEDULED", null, false);
        assertEquals(
                Arrays.asList(AlarmText.BODY_TOMORROW_GENERIC, AlarmText.BODY_GENERIC),
                bodies(planner.plan(Collections.singletonList(nameless), now, HCM)));
        assertTrue(AlarmText.namesPlace(AlarmText.BODY_AT_PLACE));
        assertTrue(!AlarmText.namesPlace(AlarmText.BODY_HEALTH_FACILITY));
    }

    @Test
    void anAppointmentWithoutTheFlagIsReadAsSayingNothingAboutThePlace() {
        AppointmentOccurrence old = AppointmentOccurrence.from(vn.donghanh.client.model.Json.parse(
                "{\"id\":\"o\",\"type\":\"COUNSELLING\",\"startsAt\":\"2026-11-25T09:30:00+07:00\","
                        + "\"status\":\"SCHEDULED\"}"));
        assertEquals(null, old.discreetPlace);
        AppointmentOccurrence flagged = AppointmentOccurrence.from(vn.donghanh.client.model.Json.parse(
                "{\"id\":\"o\",\"type\":\"COUNSELLING\",\"startsAt\":\"2026-11-25T09:30:00+07:00\","
                        + "\"status\":\"SCHEDULED\",\"discreetPlace\":false}"));
        assertEquals(Boolean.FALSE, flagged.discreetPlace);
    }

    private static List<String> bodies(List<PlannedAlarm> plan) {
        List<String> out = new ArrayList<>();
        for (PlannedAlarm a : plan) {
            out.add(a.bodyKey);
        }
        return out;
    }

    @Test
    void methadoneOnlyThirtyMinutesBeforeMovedOutOfTheQuietMorning() {
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        List<PlannedAlarm> plan = planner.plan(
                Arrays.asList(
                        occ("m1", "METHADONE_DOSE", "2026-11-25T06:10:00+07:00", "SCHEDULED"),
                        occ("m2", "METHADONE_DOSE", "2026-11-26T06:03:00+07:00", "SCHEDULED")),
                now,
                HCM);
        // 05:40 is quiet → 06:00, still 5 min before; 05:33 → 06:00 is too late → 20:59 the evening before.
        assertEquals(Arrays.asList("2026-11-25T06:00 30", "2026-11-25T20:59 30"), triggers(plan, HCM));
    }

    @Test
    void lateEveningAppointmentsAvoidTheQuietHoursBothWays() {
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        List<PlannedAlarm> plan = planner.plan(
                Collections.singletonList(
                        occ("g1", "GROUP_MEETING", "2026-11-25T22:00:00+07:00", "SCHEDULED", Boolean.FALSE)),
                now,
                HCM);
        // Day before 22:00 is quiet → 06:00 on the day; 21:00 is quiet → 20:59 the same evening.
        assertEquals(Arrays.asList("2026-11-25T06:00 1440", "2026-11-25T20:59 60"), triggers(plan, HCM));
        assertEquals(AlarmText.BODY_AT_PLACE, plan.get(0).bodyKey, "the server allows naming this place");
    }

    @Test
    void skipsCancelledPastAndAlreadyDueAlarms() {
        long now = Rfc3339.parse("2026-11-25T08:00:00+07:00");
        List<PlannedAlarm> plan = planner.plan(
                Arrays.asList(
                        occ("c", "COUNSELLING", "2026-11-26T09:30:00+07:00", "CANCELLED"),
                        occ("p", "COUNSELLING", "2026-11-25T07:30:00+07:00", "SCHEDULED"),
                        occ("s", "COUNSELLING", "2026-11-25T09:30:00+07:00", "SCHEDULED")),
                now,
                HCM);
        assertEquals(Collections.singletonList("2026-11-25T08:30 60"), triggers(plan, HCM));
    }

    @Test
    void worksInAZoneWithDaylightSavingLikeTheServerInstantMinusOffset() {
        // DST ends in New York on 2026-11-01 at 02:00; the day before 08:00 EST is 09:00 EDT.
        long now = Rfc3339.parse("2026-10-30T12:00:00-04:00");
        List<PlannedAlarm> plan = planner.plan(
                Collections.singletonList(occ("ny", "JOB_INTERVIEW", "2026-11-01T06:30:00-05:00", "SCHEDULED")),
                now,
                NEW_YORK);
        // Day before: 2026-10-31T07:30 EDT; 1 h before = 05:30 EST is quiet → 06:00 EST (25 min before).
        assertEquals(Arrays.asList("2026-10-31T07:30 1440", "2026-11-01T06:00 60"), triggers(plan, NEW_YORK));
    }

    @Test
    void requestCodesAreStableAndDistinct() {
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        List<AppointmentOccurrence> occurrences =
                Collections.singletonList(occ("o1", "COUNSELLING", "2026-11-25T09:30:00+07:00", "SCHEDULED"));
        List<PlannedAlarm> a = planner.plan(occurrences, now, HCM);
        List<PlannedAlarm> b = planner.plan(occurrences, now + 60_000, HCM);
        assertEquals(a.get(0).requestCode, b.get(0).requestCode);
        assertEquals("o1/1440".hashCode(), a.get(0).requestCode);
        assertNotEquals(a.get(0).requestCode, a.get(1).requestCode);
    }

    @Test
    void theDiffCancelsMovedAndCancelledAppointmentsAndSchedulesTheNewTimes() {
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        List<PlannedAlarm> before = planner.plan(
                Arrays.asList(
                        occ("keep", "COUNSELLING", "2026-11-25T09:30:00+07:00", "SCHEDULED"),
                        occ("moved", "COUNSELLING", "2026-11-26T09:30:00+07:00", "SCHEDULED"),
                        occ("gone", "COUNSELLING", "2026-11-27T09:30:00+07:00", "SCHEDULED")),
                now,
                HCM);
        List<PlannedAlarm> after = planner.plan(
                Arrays.asList(
                        occ("keep", "COUNSELLING", "2026-11-25T09:30:00+07:00", "SCHEDULED"),
                        occ("moved", "COUNSELLING", "2026-11-26T15:00:00+07:00", "SCHEDULED"),
                        occ("gone", "COUNSELLING", "2026-11-27T09:30:00+07:00", "CANCELLED")),
                now,
                HCM);

        AlarmPlanDiff diff = AlarmPlanDiff.between(before, after);

        assertEquals(2, diff.toSchedule.size());
        for (PlannedAlarm a : diff.toSchedule) {
            assertEquals("moved", a.occurrenceId);
        }
        assertEquals(2, diff.toCancel.size());
        for (PlannedAlarm a : diff.toCancel) {
            assertEquals("gone", a.occurrenceId);
        }
        assertTrue(AlarmPlanDiff.between(after, after).toSchedule.isEmpty());
    }

    @Test
    void aPersonsOwnSettingsReplaceOffsetsAndQuietHours() {
        ReminderSettings own = ReminderSettings.fromServer(
                new org.json.JSONObject("{\"caseId\":\"c\",\"channel\":\"APP\",\"offsets\":[\"PT2H\",\"PT15M\"],"
                        + "\"quietFrom\":\"22:00\",\"quietUntil\":\"07:00\",\"custom\":true}"),
                ReminderSettings.serverDefaults());
        long now = Rfc3339.parse("2026-11-23T12:00:00+07:00");
        List<PlannedAlarm> plan = planner.withSettings(own)
                .plan(
                        Collections.singletonList(occ("m", "METHADONE_DOSE", "2026-11-25T08:00:00+07:00", "SCHEDULED")),
                        now,
                        HCM);
        // 06:00 is quiet until 07:00 → 07:00; 07:45 is fine.
        assertEquals(Arrays.asList("2026-11-25T07:00 120", "2026-11-25T07:45 15"), triggers(plan, HCM));

        ReminderSettings none = ReminderSettings.fromServer(
                new org.json.JSONObject("{\"quietFrom\":\"21:00\",\"quietUntil\":\"06:00\",\"custom\":false}"),
                ReminderSettings.serverDefaults());
        assertEquals(30, none.offsetsMinutes("METHADONE_DOSE")[0], "without own offsets the per-type defaults stay");
    }

    @Test
    void readsTheServersOffsets() {
        assertEquals(1440, IsoDuration.minutes("P1D"));
        assertEquals(60, IsoDuration.minutes("PT1H"));
        assertEquals(30, IsoDuration.minutes("PT30M"));
        assertEquals(1500, IsoDuration.minutes("P1DT1H"));
        assertEquals(-1, IsoDuration.minutes("1H"));
        assertEquals(-1, IsoDuration.minutes("PT"));
    }
}
