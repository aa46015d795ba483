package vn.donghanh.client.reminder;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.TimeZone;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import vn.donghanh.client.time.Rfc3339;

/**
 * The phone's side of {@code api-spec/fixtures/reminder-rules.json}, the reminder rules server and phone share (the
 * backend runs the same file in its own {@code ReminderRulesFixtureTest}): {@link ReminderSettings#serverDefaults()}
 * and what {@link QuietHours} and {@link ReminderPlanner} do with a reminder that would fire in the quiet hours.
 */
class ReminderRulesFixtureTest {
    /** Tests run in the module's directory, android-client/core. */
    private static final Path FIXTURE = Paths.get("..", "..", "api-spec", "fixtures", "reminder-rules.json");

    private static JSONObject fixture() throws IOException {
        return new JSONObject(
                new String(Files.readAllBytes(FIXTURE.toAbsolutePath().normalize()), StandardCharsets.UTF_8));
    }

    @Test
    void serverDefaultsAreTheFixtures() throws IOException {
        JSONObject f = fixture();
        JSONObject defaults = f.getJSONObject("defaults");
        JSONObject offsets = defaults.getJSONObject("offsets");
        ReminderSettings phone = ReminderSettings.serverDefaults();
        JSONArray types = f.getJSONArray("appointmentTypes");
        for (int i = 0; i < types.length(); i++) {
            String type = types.getString(i);
            JSONArray expected = offsets.has(type) ? offsets.getJSONArray(type) : offsets.getJSONArray("default");
            assertArrayEquals(minutes(expected), phone.offsetsMinutes(type), "offsets of " + type);
        }
        assertArrayEquals(
                minutes(offsets.getJSONArray("default")),
                phone.offsetsMinutes("A_TYPE_THIS_PHONE_DOES_NOT_KNOW"),
                "a type added on the server later gets the default offsets");
        assertEquals(minutesOfDay(defaults.getString("quietFrom")), phone.quietFromMinutes);
        assertEquals(minutesOfDay(defaults.getString("quietUntil")), phone.quietUntilMinutes);
    }

    @Test
    void quietIsTheHalfOpenWindow() throws IOException {
        JSONArray quiet = fixture().getJSONObject("quietHours").getJSONArray("quiet");
        for (int i = 0; i < quiet.length(); i++) {
            JSONObject c = quiet.getJSONObject(i);
            QuietHours hours =
                    new QuietHours(minutesOfDay(c.getString("quietFrom")), minutesOfDay(c.getString("quietUntil")));
            assertEquals(
                    c.getBoolean("quiet"),
                    hours.quiet(minutesOfDay(c.getString("at")) * 60_000L),
                    c.getString("at") + " in " + c.getString("quietFrom") + "–" + c.getString("quietUntil"));
        }
    }

    @Test
    void quietHoursAndThePlannerDecideEveryCaseAsTheFixtureSays() throws IOException {
        JSONObject quietHours = fixture().getJSONObject("quietHours");
        TimeZone zone = TimeZone.getTimeZone(quietHours.getString("zone"));
        JSONArray cases = quietHours.getJSONArray("cases");
        for (int i = 0; i < cases.length(); i++) {
            JSONObject c = cases.getJSONObject(i);
            String name = c.getString("name");
            int from = minutesOfDay(c.getString("quietFrom"));
            int until = minutesOfDay(c.getString("quietUntil"));
            long startsAt = Rfc3339.parse(c.getString("startsAt"));
            long offset = IsoDuration.minutes(c.getString("offset"));
            long fires = Rfc3339.parse(c.getString("fires"));
            assertEquals(Rfc3339.parse(c.getString("wouldFire")), startsAt - offset * 60_000L, "the fixture: " + name);

            assertEquals(fires, new QuietHours(from, until).dueAt(startsAt, offset, zone), name);

            ReminderSettings settings =
                    new ReminderSettings(new long[] {offset}, new HashMap<String, long[]>(), from, until);
            List<PlannedAlarm> plan = new ReminderPlanner(settings)
                    .plan(
                            Collections.singletonList(ReminderPlannerTest.occ(
                                    "o" + i, "COUNSELLING", c.getString("startsAt"), "SCHEDULED")),
                            startsAt - 3 * 24 * 60 * 60_000L,
                            zone);
            assertEquals(1, plan.size(), name);
            assertEquals(fires, plan.get(0).triggerAtMillis, name);
        }
        assertTrue(cases.length() > 10, "the fixture's cases were read");
    }

    private static long[] minutes(JSONArray isoDurations) {
        long[] out = new long[isoDurations.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = IsoDuration.minutes(isoDurations.getString(i));
        }
        return out;
    }

    private static int minutesOfDay(String hhmm) {
        return ReminderSettings.minutesOfDay(hhmm, -1);
    }
}
