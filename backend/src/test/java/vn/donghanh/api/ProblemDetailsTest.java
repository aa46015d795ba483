package vn.donghanh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.Api;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.World;

/**
 * What a client reads when its input is refused: the field named by its JSON path (dots into
 * objects, [i] into arrays, {@code body} for the body itself), plain words, never a Java or
 * framework name, and nothing stored.
 */
class ProblemDetailsTest extends IntegrationTest {
    /** Anything that gives away the implementation: packages, class-like names, parser tokens, excerpts. */
    private static final Pattern LEAK = Pattern.compile(
            "vn\\.donghanh|java\\.|jakarta\\.|io\\.micronaut|com\\.fasterxml|START_ARRAY|START_OBJECT|VALUE_[A-Z]"
                    + "|StreamReadConstraints|Failed to convert|Error decoding|Cannot deserialize|\\[Source"
                    + "|[A-Z]\\w+Exception|\\w\\$\\w|LocalDate|OffsetDateTime|BigDecimal|UUID string|`");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    static World w;
    static String caseId;

    @BeforeAll
    static void world() {
        w = World.create(api);
        caseId = w.registerCase("officerA", w.communeA, "Lỗi Rõ Ràng").get("id").asText();
    }

    private ApiResponse send(String method, String path, String rawJson) {
        return api.send(method, w.token("officerA"), path, rawJson, "application/json");
    }

    private ApiResponse postCase(String rawJson) {
        return send("POST", "/api/v1/cases", rawJson);
    }

    private static String caseJson(Map<String, Object> overrides) {
        Map<String, Object> body = new LinkedHashMap<>(World.caseBody(w.communeA, "Nguyễn Văn Sai"));
        body.putAll(overrides);
        return Api.write(body);
    }

    private static String checkinJson(String locationJson) {
        return "{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"OFFICE_PRESENCE\", \"occurredAt\": \""
                + OffsetDateTime.now() + "\", \"location\": " + locationJson + "}";
    }

    private static String contactJson(String concernsJson) {
        return "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"PHONE_CALL\", \"occurredAt\": \""
                + OffsetDateTime.now() + "\", \"summary\": \"gọi điện\", \"concerns\": " + concernsJson
                + ", \"followUpNeeded\": false}";
    }

    private static String providerJson(String servedJson) {
        return "{\"name\": \"Xưởng may\", \"type\": \"EMPLOYER\", \"adminUnitId\": \"" + w.communeA
                + "\", \"servedUnitIds\": " + servedJson + "}";
    }

    private static String drugTestJson(String testedOn) {
        return "{\"id\": \"" + UUID.randomUUID() + "\", \"testedOn\": \"" + testedOn
                + "\", \"result\": \"NEGATIVE\", \"testedBy\": \"Trạm y tế xã\"}";
    }

    /** A 400 problem whose errors name {@code field} with {@code message} (any message if null), and no leak. */
    private static JsonNode assertRefused(ApiResponse r, String field, String message) {
        assertEquals(400, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertNoLeak(r);
        JsonNode problem = r.json();
        boolean named = false;
        for (JsonNode e : problem.path("errors")) {
            if (e.path("field").asText().equals(field)
                    && (message == null || e.path("message").asText().equals(message))) {
                named = true;
            }
        }
        assertTrue(named, () -> "expected " + field + (message == null ? "" : ": " + message) + " in " + r);
        assertTrue(problem.path("detail").asText().contains(": "), r::toString);
        return problem;
    }

    private static void assertNoLeak(ApiResponse r) {
        Matcher leak = LEAK.matcher(r.text());
        assertFalse(leak.find(), () -> "the problem gives away '" + leak.group() + "': " + r);
    }

    @Test
    void aWrongTypeOnAnArrayFieldNamesThatField() {
        String contacts = "/api/v1/cases/" + caseId + "/contacts";
        assertRefused(send("POST", contacts, contactJson("{\"kind\": \"HEALTH\"}")), "concerns", "must be an array");
        assertRefused(send("POST", contacts, contactJson("\"HEALTH\"")), "concerns", "must be an array");
        assertRefused(
                api.send("POST", w.admin, "/api/v1/providers", providerJson("{\"a\": 1}"), "application/json"),
                "servedUnitIds",
                "must be an array");
        assertRefused(
                send(
                        "PUT",
                        "/api/v1/cases/" + caseId + "/reminder-settings",
                        "{\"channel\": \"APP\", \"offsets\": {\"before\": \"PT1H\"}}"),
                "offsets",
                "must be an array");
    }

    @Test
    void aWrongTypeOnAnObjectFieldNamesThatField() {
        String checkins = "/api/v1/cases/" + caseId + "/checkins";
        assertRefused(send("POST", checkins, checkinJson("[21.59, 105.84]")), "location", "must be an object");
        assertRefused(send("POST", checkins, checkinJson("\"nhà văn hoá\"")), "location", "must be an object");
    }

    @Test
    void aWrongValueInsideAnObjectOrArrayNamesItsPath() {
        String checkins = "/api/v1/cases/" + caseId + "/checkins";
        assertRefused(
                send("POST", checkins, checkinJson("{\"latitude\": \"21.59\", \"longitude\": 105.84}")),
                "location.latitude",
                "must be a number");
        assertRefused(
                send("POST", checkins, checkinJson("{\"latitude\": true, \"longitude\": 105.84}")),
                "location.latitude",
                "must be a number");
        assertRefused(
                send("POST", checkins, checkinJson("{\"latitude\": 91, \"longitude\": 105.84}")),
                "location.latitude",
                null);
        assertRefused(
                send("POST", "/api/v1/cases/" + caseId + "/contacts", contactJson("[\"HEALTH\", \"BAD_LUCK\"]")),
                "concerns[1]",
                "must be one of: SUSPECTED_RELAPSE, FAMILY_CONFLICT, UNEMPLOYMENT, HEALTH, HOUSING, LEGAL");
        assertRefused(
                send("POST", "/api/v1/cases/" + caseId + "/contacts", contactJson("[\"HEALTH\", null]")),
                "concerns[1]",
                "must not be null");
        assertRefused(
                api.send(
                        "POST",
                        w.admin,
                        "/api/v1/providers",
                        providerJson("[\"" + w.communeA + "\", 7]"),
                        "application/json"),
                "servedUnitIds[1]",
                "must be a UUID");
        assertRefused(
                send(
                        "PUT",
                        "/api/v1/cases/" + caseId + "/reminder-settings",
                        "{\"channel\": \"APP\", \"offsets\": [\"PT1H\", {\"hours\": 2}]}"),
                "offsets[1]",
                "must be a string");
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreText() {
        int before = count("SELECT COUNT(*) FROM managed_case");
        assertRefused(
                postCase(caseJson(Map.of("fullName", "Nguyễn\u0000Văn A"))),
                "fullName",
                "must not contain control characters (line breaks and tabs are fine)");
        assertRefused(
                postCase(caseJson(Map.of("fullName", "Nguyễn\u001bVăn A"))),
                "fullName",
                "must not contain control characters (line breaks and tabs are fine)");
        assertEquals(before, count("SELECT COUNT(*) FROM managed_case"), "nothing was registered");
        ApiResponse multiline = postCase(caseJson(Map.of("fullName", "Nguyễn Văn Xuống\nDòng")));
        assertEquals(201, multiline.status(), multiline::toString);
    }

    @Test
    void unknownEnumValuesListTheValuesAllowed() {
        assertRefused(postCase(caseJson(Map.of("sex", "ROBOT"))), "sex", "must be one of: MALE, FEMALE, OTHER");
        assertRefused(
                send("PUT", "/api/v1/cases/" + caseId + "/reminder-settings", "{\"channel\": \"PIGEON\"}"),
                "channel",
                "must be one of: APP, SMS");
        // Only the JSON string is an enum value: no one-element arrays, numbers or other spellings.
        assertRefused(postCase(caseJson(Map.of("sex", List.of("MALE")))), "sex", "must be one of: MALE, FEMALE, OTHER");
        assertRefused(postCase(caseJson(Map.of("sex", 1))), "sex", null);
        assertRefused(postCase(caseJson(Map.of("sex", "male"))), "sex", null);
        assertRefused(api.get(w.token("officerA"), "/api/v1/cases?status=HAPPY"), "status", null);
    }

    @Test
    void scalarsAreNotCoercedFromOtherShapes() {
        assertRefused(postCase(caseJson(Map.of("adminUnitId", List.of(w.communeA)))), "adminUnitId", "must be a UUID");
        assertRefused(postCase(caseJson(Map.of("adminUnitId", 12))), "adminUnitId", "must be a UUID");
        assertRefused(
                postCase(caseJson(Map.of("dateOfBirth", Map.of("year", 1990)))),
                "dateOfBirth",
                "must be a date in the form YYYY-MM-DD");
        assertRefused(postCase(caseJson(Map.of("fullName", Map.of()))), "fullName", "must be a string");
        assertRefused(api.get(w.token("officerA"), "/api/v1/cases/not-a-uuid"), "id", "must be a UUID");
    }

    @Test
    void aBodyThatIsNotAnObjectOrNotJsonIsTheBodysFault() {
        String valid = caseJson(Map.of());
        assertRefused(postCase("[" + valid + "]"), "body", "must be an object");
        assertRefused(postCase("\"a case\""), "body", "must be an object");
        assertRefused(send("POST", "/api/v1/cases/" + caseId + "/drug-tests", "[]"), "body", "must be an object");
        assertRefused(postCase("not json"), "body", "is not valid JSON");
        assertRefused(postCase("{\"fullName\": \"Nguyễn"), "body", "is not valid JSON");
        assertRefused(postCase("null"), "body", "is required");
    }

    @Test
    void deeplyNestedJsonIsRefusedWhereItIsTooDeep() {
        String deep = "[".repeat(2000) + "]".repeat(2000);
        assertRefused(postCase(deep), "body", "nesting is too deep");
        assertRefused(
                postCase(caseJson(Map.of()).replace("\"Nguyễn Văn Sai\"", deep)), "fullName", "nesting is too deep");
        assertRefused(
                send(
                        "POST",
                        "/api/v1/cases/" + caseId + "/checkins",
                        checkinJson("{\"latitude\": " + deep + ", \"longitude\": 105.84}")),
                "location.latitude",
                "nesting is too deep");
    }

    @Test
    void everyWrongValueIsListedNotOnlyTheFirst() {
        JsonNode problem = assertRefused(
                postCase(caseJson(Map.of("adminUnitId", List.of(), "sex", "X", "dateOfBirth", 5))),
                "adminUnitId",
                "must be a UUID");
        List<String> fields = new java.util.ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertTrue(fields.containsAll(List.of("adminUnitId", "sex", "dateOfBirth")), problem::toString);
        assertTrue(problem.path("detail").asText().endsWith("(and 2 more)"), problem::toString);
    }

    @Test
    void implausibleDatesAreRefusedAndNotStored() {
        int cases = count("SELECT COUNT(*) FROM managed_case WHERE admin_unit_id = ?", w.communeA);
        assertRefused(
                postCase(caseJson(Map.of("dateOfBirth", "0000-01-01"))),
                "dateOfBirth",
                "must not be before 1900-01-01");
        assertRefused(
                postCase(caseJson(Map.of("dateOfBirth", "1899-12-31"))),
                "dateOfBirth",
                "must not be before 1900-01-01");
        assertRefused(
                postCase(caseJson(Map.of("dateOfBirth", "+99999-01-01"))), "dateOfBirth", "cannot be in the future");
        String tomorrowEverywhere = LocalDate.now(CLOCK.withZone(ZoneId.of("Pacific/Kiritimati")))
                .plusDays(1)
                .toString();
        assertRefused(
                postCase(caseJson(Map.of("dateOfBirth", tomorrowEverywhere))),
                "dateOfBirth",
                "cannot be in the future");
        assertRefused(postCase(caseJson(Map.of("startDate", "+99999-01-01"))), "startDate", "is too far in the future");
        assertRefused(
                postCase(caseJson(Map.of("decisionDate", "0000-01-01"))),
                "decisionDate",
                "must not be before 1900-01-01");
        assertEquals(cases, count("SELECT COUNT(*) FROM managed_case WHERE admin_unit_id = ?", w.communeA));

        String drugTests = "/api/v1/cases/" + caseId + "/drug-tests";
        int tests = count("SELECT COUNT(*) FROM drug_test WHERE case_id = ?", caseId);
        assertRefused(send("POST", drugTests, drugTestJson("0000-01-01")), "testedOn", "must not be before 1900-01-01");
        assertRefused(send("POST", drugTests, drugTestJson(tomorrowEverywhere)), "testedOn", "cannot be in the future");
        assertEquals(tests, count("SELECT COUNT(*) FROM drug_test WHERE case_id = ?", caseId));

        String checkins = "/api/v1/cases/" + caseId + "/checkins";
        int checkinRows = count("SELECT COUNT(*) FROM checkin WHERE case_id = ?", caseId);
        ApiResponse yearZero = send(
                "POST",
                checkins,
                "{\"id\": \"" + UUID.randomUUID()
                        + "\", \"kind\": \"OFFICE_PRESENCE\", \"occurredAt\": \"0000-01-01T00:00:00Z\"}");
        assertRefused(yearZero, "occurredAt", "must not be before 1900-01-01");
        ApiResponse ahead = send(
                "POST",
                checkins,
                "{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"OFFICE_PRESENCE\", \"occurredAt\": \""
                        + OffsetDateTime.now(CLOCK).plusHours(1) + "\"}");
        assertRefused(ahead, "occurredAt", "cannot be in the future");
        assertEquals(checkinRows, count("SELECT COUNT(*) FROM checkin WHERE case_id = ?", caseId));
    }

    @Test
    void aPhoneClockALittleAheadIsStillAccepted() {
        ApiResponse r = send(
                "POST",
                "/api/v1/cases/" + caseId + "/checkins",
                "{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"OFFICE_PRESENCE\", \"occurredAt\": \""
                        + OffsetDateTime.now(CLOCK).plusMinutes(5) + "\"}");
        assertEquals(201, r.status(), r::toString);
    }

    @Test
    void theFutureIsJudgedByTheServiceClock() {
        // Two days on by the service clock: a test done "today" is after today by the system clock.
        CLOCK.advance(Duration.ofDays(2));
        String token = World.login(api, w.username("officerA"), World.PASSWORD);
        String today = LocalDate.now(CLOCK.withZone(VIETNAM)).toString();
        ApiResponse r = api.send(
                "POST", token, "/api/v1/cases/" + caseId + "/drug-tests", drugTestJson(today), "application/json");
        assertEquals(201, r.status(), r::toString);
    }

    @Test
    void theFrameworksOtherRefusalsAreInPlainWordsToo() {
        List<ApiResponse> refusals = List.of(
                api.outsideContract(w.token("officerA"), "/api/v1/no-such-thing"),
                api.send(
                        "POST",
                        w.token("officerA"),
                        "/api/v1/cases",
                        "fullName=x",
                        "application/x-www-form-urlencoded"),
                api.send("POST", "not-a-token", "/api/v1/cases", caseJson(Map.of()), "application/json"),
                api.send(
                        "POST",
                        w.token("officerA"),
                        "/api/v1/cases",
                        "{\"fullName\": \"" + "a".repeat(1_100_000) + "\"}",
                        "application/json"));
        for (ApiResponse r : refusals) {
            assertTrue(r.status() >= 400 && r.status() < 500, r::toString);
            assertTrue(r.contentType().startsWith("application/problem+json"), r::toString);
            assertNoLeak(r);
        }
    }

    /** {@code Accept-Language} as given; an empty value sends none. */
    private static Map<String, String> language(String value) {
        return Map.of("Accept-Language", value);
    }

    private static Map<String, String> fields(JsonNode problem) {
        Map<String, String> out = new LinkedHashMap<>();
        problem.path("errors")
                .forEach(
                        e -> out.put(e.path("field").asText(), e.path("message").asText()));
        return out;
    }

    /** A known enum value wrong and a required field missing: Serde stops at the first, the problem names both. */
    private static String twoBadFields() {
        Map<String, Object> body = new LinkedHashMap<>(World.caseBody(w.communeA, "Nguyễn Văn Hai Lỗi"));
        body.put("sex", "ROBOT");
        body.remove("fullName");
        return Api.write(body);
    }

    @Test
    void aVietnameseClientReadsItsProblemsInVietnamese() {
        for (String accept : List.of("", "vi", "vi-VN,vi;q=0.9", "fr-FR, de;q=0.5")) {
            ApiResponse r = api.send(
                    "POST", w.token("officerA"), "/api/v1/cases", twoBadFields(), "application/json", language(accept));
            assertEquals(400, r.status(), r::toString);
            assertEquals("vi", r.header("Content-Language"), () -> accept + ": " + r);
            assertNoLeak(r);
            JsonNode problem = r.json();
            assertEquals(
                    "https://donghanh.vn/problems/invalid-request",
                    problem.path("type").asText());
            assertEquals(400, problem.path("status").asInt());
            assertEquals("Yêu cầu không hợp lệ", problem.path("title").asText(), r::toString);
            assertEquals(
                    Map.of(
                            "sex", "phải là một trong các giá trị: MALE, FEMALE, OTHER",
                            "fullName", "không được để trống"),
                    fields(problem),
                    r::toString);
            assertEquals(
                    "sex: phải là một trong các giá trị: MALE, FEMALE, OTHER (và 1 lỗi khác)",
                    problem.path("detail").asText(),
                    r::toString);
        }
        ApiResponse notFound =
                api.send("GET", w.token("officerA"), "/api/v1/cases/" + UUID.randomUUID(), null, null, language(""));
        assertEquals(404, notFound.status(), notFound::toString);
        assertEquals("Không tìm thấy", notFound.json().path("title").asText());
        assertEquals(
                "bản ghi không tồn tại hoặc bạn không được xem",
                notFound.json().path("detail").asText());
        ApiResponse limit = api.send("GET", w.token("officerA"), "/api/v1/cases?limit=501", null, null, language("vi"));
        assertEquals(400, limit.status(), limit::toString);
        assertNoLeak(limit);
        assertEquals("vi", limit.header("Content-Language"));
        assertEquals("phải từ 1 đến 200", fields(limit.json()).get("limit"), limit::toString);
    }

    @Test
    void anEnglishClientReadsEnglishAndBothBadFieldsAreListed() {
        ApiResponse r = api.send(
                "POST",
                w.token("officerA"),
                "/api/v1/cases",
                twoBadFields(),
                "application/json",
                language("en-GB, vi;q=0.5"));
        assertEquals(400, r.status(), r::toString);
        assertEquals("en", r.header("Content-Language"));
        assertNoLeak(r);
        JsonNode problem = r.json();
        assertEquals(
                "https://donghanh.vn/problems/invalid-request",
                problem.path("type").asText());
        assertEquals("Bad Request", problem.path("title").asText());
        assertEquals(
                Map.of("sex", "must be one of: MALE, FEMALE, OTHER", "fullName", "must not be blank"), fields(problem));
        assertEquals(
                "sex: must be one of: MALE, FEMALE, OTHER (and 1 more)",
                problem.path("detail").asText());
    }

    @Test
    void twoRuleViolationsOfAWellShapedBodyAreBothListedInEitherLanguage() {
        String body = caseJson(Map.of("fullName", " ", "decisionNumber", "x".repeat(500)));
        ApiResponse en = postCase(body);
        assertRefused(en, "fullName", "must not be blank");
        assertEquals(2, fields(en.json()).size(), en::toString);
        assertTrue(fields(en.json()).containsKey("decisionNumber"), en::toString);
        ApiResponse vi =
                api.send("POST", w.token("officerA"), "/api/v1/cases", body, "application/json", language("vi"));
        assertEquals(400, vi.status(), vi::toString);
        assertNoLeak(vi);
        assertEquals("không được để trống", fields(vi.json()).get("fullName"), vi::toString);
        assertTrue(fields(vi.json()).get("decisionNumber").startsWith("độ dài phải từ"), vi::toString);
        assertTrue(vi.json().path("detail").asText().endsWith("(và 1 lỗi khác)"), vi::toString);
    }

    @Test
    void aPersonReadsProblemsInTheLanguageOfTheirCaseWhateverTheHeader() {
        World.Person english = w.activatedPerson("Người Nói Tiếng Anh", null, "en");
        World.Person vietnamese = w.activatedPerson("Người Nói Tiếng Việt", null, "vi");
        ApiResponse inEnglish =
                api.send("GET", english.token(), "/api/v1/cases/" + UUID.randomUUID(), null, null, language("vi"));
        assertEquals(404, inEnglish.status(), inEnglish::toString);
        assertEquals("en", inEnglish.header("Content-Language"));
        assertEquals(
                vn.donghanh.common.ApiException.NOT_FOUND_DETAIL,
                inEnglish.json().path("detail").asText());
        ApiResponse inVietnamese =
                api.send("GET", vietnamese.token(), "/api/v1/cases/" + UUID.randomUUID(), null, null, language("en"));
        assertEquals(404, inVietnamese.status(), inVietnamese::toString);
        assertEquals("vi", inVietnamese.header("Content-Language"));
        assertEquals("Không tìm thấy", inVietnamese.json().path("title").asText());
        assertEquals(
                "bản ghi không tồn tại hoặc bạn không được xem",
                inVietnamese.json().path("detail").asText());
    }

    private static int count(String sql, Object... params) {
        return Sql.query(sql, rs -> rs.getInt(1), params).get(0);
    }
}
