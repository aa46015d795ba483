package vn.donghanh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/** Malformed, mistyped, missing, oversized and hostile input: always a 4xx problem naming the field, never a write. */
class BadInputTest extends IntegrationTest {
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    private ApiResponse postCase(String rawJson) {
        return api.send("POST", w.token("officerA"), "/api/v1/cases", rawJson, "application/json");
    }

    private static void assertProblem(ApiResponse r, int status, String field) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(status, r.json().get("status").asInt());
        if (field != null) {
            assertTrue(r.problemFields().contains(field), "expected field " + field + " in " + r);
        }
    }

    private int caseCount() {
        return api.get(w.token("officerA"), "/api/v1/cases?limit=200")
                .json()
                .get("items")
                .size();
    }

    @Test
    void malformedJsonIsA400OnTheBody() {
        assertProblem(postCase("{\"fullName\": \"Nguyễn"), 400, "body");
        assertProblem(postCase("not json at all"), 400, "body");
    }

    @Test
    void wrongTypesNameTheField() {
        String base = vn.donghanh.support.Api.write(World.caseBody(w.communeA, "Kiểu Sai"));
        assertProblem(postCase(base.replace("\"1990-05-17\"", "\"17/05/1990\"")), 400, "dateOfBirth");
        assertProblem(postCase(base.replace("\"1990-05-17\"", "42")), 400, "dateOfBirth");
        assertProblem(postCase(base.replace("\"Kiểu Sai\"", "5")), 400, "fullName");
        assertProblem(postCase(base.replace("\"Kiểu Sai\"", "[\"a\"]")), 400, "fullName");
        assertProblem(postCase(base.replace("\"" + w.communeA + "\"", "\"not-a-uuid\"")), 400, "adminUnitId");
        assertProblem(postCase(base.replace("\"MALE\"", "\"ROBOT\"")), 400, "sex");
        assertProblem(postCase(base.replace("\"COMPULSORY_REHAB_ADULT\"", "\"HOUSE_ARREST\"")), 400, "basis");
    }

    @Test
    void missingAndInvalidFieldsAreAllListed() {
        ApiResponse r = postCase("{\"adminUnitId\": \"" + w.communeA + "\"}");
        assertProblem(r, 400, null);
        assertTrue(
                r.problemFields()
                        .containsAll(List.of(
                                "fullName",
                                "dateOfBirth",
                                "sex",
                                "address",
                                "basis",
                                "decisionNumber",
                                "decisionDate",
                                "startDate")),
                r::toString);
        var body = World.caseBody(w.communeA, "Số Sai");
        body.put("nationalId", "12AB");
        body.put("phone", "12345");
        assertProblem(api.post(w.token("officerA"), "/api/v1/cases", body), 400, "nationalId");
        body.remove("nationalId");
        assertProblem(api.post(w.token("officerA"), "/api/v1/cases", body), 400, "phone");
        var minorAsAdult = World.caseBody(w.communeA, "Trẻ Em");
        minorAsAdult.put("dateOfBirth", "2010-01-01");
        assertProblem(api.post(w.token("officerA"), "/api/v1/cases", minorAsAdult), 400, "basis");
        var tooLong = World.caseBody(w.communeA, "Đ".repeat(201));
        assertProblem(api.post(w.token("officerA"), "/api/v1/cases", tooLong), 400, "fullName");
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "{\"fullName\": \"" + "a".repeat(2_000_000) + "\"}";
        assertProblem(postCase(huge), 413, "body");
    }

    @Test
    void injectionStringsAreStoredAsTextAndChangeNothing() {
        String evil = "Robert'); DROP TABLE managed_case;-- <script>alert(1)</script>";
        var created = w.registerCase("officerA", World.caseBody(w.communeA, evil));
        assertEquals(evil, created.get("fullName").asText());
        ApiResponse search = api.get(
                w.token("officerA"),
                "/api/v1/cases?q="
                        + java.net.URLEncoder.encode("' OR '1'='1", java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, search.status());
        assertEquals(0, search.json().get("items").size());
        ApiResponse wildcard = api.get(w.token("officerA"), "/api/v1/cases?q=%25");
        assertEquals(0, wildcard.json().get("items").size(), "a % in the search is a literal, not a wildcard");
        assertEquals(
                200,
                api.get(
                                w.token("officerA"),
                                "/api/v1/cases/" + created.get("id").asText())
                        .status());
    }

    @Test
    void nothingIsHalfWrittenWhenARequestFails() {
        int before = caseCount();
        var body = World.caseBody(w.communeA, "Nửa Chừng");
        body.put("decisionDate", "2999-01-01");
        assertProblem(api.post(w.token("officerA"), "/api/v1/cases", body), 400, "decisionDate");
        postCase("{\"fullName\": 1");
        assertEquals(before, caseCount());

        var c = w.registerCase("officerA", w.communeA, "Chuyển Trạng Thái Sai");
        String id = c.get("id").asText();
        ApiResponse bad = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + id + "/status-changes",
                Map.of("status", "UNKNOWN", "reason", "x", "effectiveDate", "2025-01-01"));
        assertProblem(bad, 400, "status");
        assertEquals(
                1,
                api.get(w.token("officerA"), "/api/v1/cases/" + id + "/timeline")
                        .json()
                        .size());
        assertEquals(
                0,
                api.get(w.token("officerA"), "/api/v1/cases/" + id)
                        .json()
                        .get("version")
                        .asInt());
    }

    @Test
    void booleansAndWholeNumbersAreNotGuessedFromText() {
        String caseId =
                w.registerCase("officerA", w.communeA, "Kiểu Logic").get("id").asText();
        ApiResponse r = api.send(
                "POST",
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/contacts",
                "{\"id\": \"" + java.util.UUID.randomUUID() + "\", \"type\": \"PHONE_CALL\", \"occurredAt\": \""
                        + java.time.OffsetDateTime.now()
                        + "\", \"summary\": \"x\", \"concerns\": [], \"followUpNeeded\": \"yes\"}",
                "application/json");
        assertProblem(r, 400, "followUpNeeded");
        ApiResponse wage = api.send(
                "POST",
                w.admin,
                "/api/v1/opportunities",
                "{\"providerId\": \"" + java.util.UUID.randomUUID()
                        + "\", \"type\": \"JOB\", \"title\": \"x\", \"adminUnitId\": \"" + w.communeA
                        + "\", \"wageMin\": \"5000000\"}",
                "application/json");
        assertProblem(wage, 400, "wageMin");
    }

    @Test
    void checkInTimestampsNeedAnOffset() {
        String caseId = w.registerCase("officerA", w.communeA, "Giờ Không Múi")
                .get("id")
                .asText();
        for (String occurredAt : List.of("\"2026-11-20T07:30:00\"", "1763600000", "\"hôm qua\"")) {
            ApiResponse r = api.send(
                    "POST",
                    w.token("officerA"),
                    "/api/v1/cases/" + caseId + "/checkins",
                    "{\"id\": \"" + java.util.UUID.randomUUID() + "\", \"kind\": \"OFFICE_PRESENCE\", \"occurredAt\": "
                            + occurredAt + "}",
                    "application/json");
            assertProblem(r, 400, "occurredAt");
        }
        assertEquals(
                0,
                api.get(w.token("officerA"), "/api/v1/cases/" + caseId + "/checkins")
                        .json()
                        .get("items")
                        .size());
    }

    @Test
    void badPathAndQueryValuesAre400NotErrors() {
        assertProblem(api.get(w.token("officerA"), "/api/v1/cases/not-a-uuid"), 400, "id");
        assertProblem(api.get(w.token("officerA"), "/api/v1/cases?limit=0"), 400, "limit");
        assertProblem(api.get(w.token("officerA"), "/api/v1/cases?status=HAPPY"), 400, "status");
        assertProblem(api.get(w.token("officerA"), "/api/v1/cases/" + java.util.UUID.randomUUID()), 404, null);
        assertProblem(
                api.send(
                        "POST",
                        w.token("officerA"),
                        "/api/v1/cases",
                        "fullName=x",
                        "application/x-www-form-urlencoded"),
                415,
                null);
    }
}
