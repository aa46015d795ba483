package vn.donghanh.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.IntegrationTest;

/**
 * The server's side of {@code api-spec/fixtures/reminder-rules.json}, the reminder rules server and phone share (the
 * phone core runs the same file in its own {@code ReminderRulesFixtureTest}): the defaults the service loads from
 * {@code application.yml} and what {@link ReminderPlanner} does with a reminder that would fire in the quiet hours.
 */
class ReminderRulesFixtureTest extends IntegrationTest {
    private static final Path FIXTURE = Path.of("..", "api-spec", "fixtures", "reminder-rules.json");

    private static JsonNode fixture() throws IOException {
        return new ObjectMapper()
                .readTree(Files.readString(FIXTURE.toAbsolutePath().normalize()));
    }

    @Test
    void theServiceLoadsTheFixturesDefaults() throws IOException {
        List<String> types = new ArrayList<>();
        fixture().get("appointmentTypes").forEach(t -> types.add(t.asText()));
        assertEquals(
                java.util.Arrays.stream(AppointmentModels.Type.values())
                        .map(Enum::name)
                        .toList(),
                types,
                "the fixture lists the appointment types (the phone checks its offsets for each)");
        JsonNode defaults = fixture().get("defaults");
        ReminderDefaults loaded = bean(ReminderDefaults.class);
        for (AppointmentModels.Type type : AppointmentModels.Type.values()) {
            JsonNode own = defaults.get("offsets").get(type.name());
            JsonNode expected = own != null ? own : defaults.get("offsets").get("default");
            List<Duration> offsets = new ArrayList<>();
            expected.forEach(o -> offsets.add(Duration.parse(o.asText())));
            assertEquals(offsets, loaded.offsets(type), "offsets of " + type);
        }
        assertEquals(LocalTime.parse(defaults.get("quietFrom").asText()), loaded.quietFrom());
        assertEquals(LocalTime.parse(defaults.get("quietUntil").asText()), loaded.quietUntil());
    }

    @Test
    void quietIsTheHalfOpenWindow() throws IOException {
        for (JsonNode c : fixture().get("quietHours").get("quiet")) {
            ReminderPlanner planner = planner(c);
            assertEquals(
                    c.get("quiet").asBoolean(),
                    planner.quiet(LocalTime.parse(c.get("at").asText())),
                    c.get("at").asText() + " in " + c.get("quietFrom").asText() + "–"
                            + c.get("quietUntil").asText());
        }
    }

    @Test
    void thePlannerDecidesEveryCaseAsTheFixtureSays() throws IOException {
        JsonNode quietHours = fixture().get("quietHours");
        ZoneId zone = ZoneId.of(quietHours.get("zone").asText());
        int cases = 0;
        for (JsonNode c : quietHours.get("cases")) {
            String name = c.get("name").asText();
            Instant startsAt = instant(c, "startsAt");
            Duration offset = Duration.parse(c.get("offset").asText());
            Instant wouldFire = instant(c, "wouldFire");
            assertEquals(wouldFire, startsAt.minus(offset), "the fixture's own arithmetic: " + name);
            Instant fires = instant(c, "fires");
            assertEquals(fires, planner(c).dueAt(startsAt, offset, zone), name);
            String decision = c.get("decision").asText();
            if (decision.equals("AS_PLANNED")) {
                assertEquals(wouldFire, fires, name);
            } else if (decision.equals("KEEP_END")) {
                assertEquals(
                        LocalTime.parse(c.get("quietUntil").asText()),
                        fires.atZone(zone).toLocalTime(),
                        name);
            } else {
                assertEquals(
                        LocalTime.parse(c.get("quietFrom").asText()).minusMinutes(1),
                        fires.atZone(zone).toLocalTime(),
                        name);
            }
            cases++;
        }
        assertTrue(cases > 10, "the fixture's cases were read");
    }

    private static ReminderPlanner planner(JsonNode c) {
        return new ReminderPlanner(
                LocalTime.parse(c.get("quietFrom").asText()),
                LocalTime.parse(c.get("quietUntil").asText()));
    }

    private static Instant instant(JsonNode c, String field) {
        return OffsetDateTime.parse(c.get(field).asText()).toInstant();
    }
}
