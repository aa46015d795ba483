package vn.donghanh.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A small province built through the API for one test class: two communes (A, B) with an officer
 * and mentors each, a provincial supervisor, and a second province whose officer is out of scope.
 * Codes carry a random tag so test classes never see each other's data.
 */
public final class World {
    public static final String PASSWORD = "correct horse battery";
    private final Api api;
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String admin;
    public String province;
    public String communeA;
    public String communeB;
    public String otherProvince;
    public String otherCommune;
    public String policeA;
    public String youthUnionA;
    public String womensUnionA;
    public String policeB;
    public String policeOther;
    public final Map<String, String> ids = new HashMap<>();
    public final Map<String, String> tokens = new HashMap<>();
    /** The unit each account was created in, by key. */
    private final Map<String, String> unitsOfAccounts = new HashMap<>();

    private World(Api api) {
        this.api = api;
        this.admin = login(api, "admin", IntegrationTest.ADMIN_PASSWORD);
    }

    public static World create(Api api) {
        World w = new World(api);
        w.build();
        return w;
    }

    private void build() {
        province = unit("P", "Tỉnh Thử nghiệm " + tag, "PROVINCE", null);
        communeA = unit("A", "Xã Đồng Hỷ " + tag, "COMMUNE", province);
        communeB = unit("B", "Phường Hoàng Văn Thụ " + tag, "COMMUNE", province);
        otherProvince = unit("Q", "Tỉnh Khác " + tag, "PROVINCE", null);
        otherCommune = unit("C", "Xã Khác " + tag, "COMMUNE", otherProvince);
        policeA = org("Công an xã A", "COMMUNE_POLICE", communeA);
        youthUnionA = org("Đoàn Thanh niên xã A", "YOUTH_UNION", communeA);
        womensUnionA = org("Hội Phụ nữ xã A", "WOMENS_UNION", communeA);
        policeB = org("Công an phường B", "COMMUNE_POLICE", communeB);
        policeOther = org("Công an xã khác", "COMMUNE_POLICE", otherCommune);
        account("officerA", "OFFICER", communeA, policeA, "Trần Văn Công");
        account("officerB", "OFFICER", communeB, policeB, "Lê Thị Bình");
        account("officerOther", "OFFICER", otherCommune, policeOther, "Phạm Văn Khác");
        account("supervisor", "SUPERVISOR", province, null, "Giám sát tỉnh");
        account("mentorA1", "MENTOR", communeA, youthUnionA, "Nguyễn Thanh Niên");
        account("mentorA2", "MENTOR", communeA, womensUnionA, "Đỗ Thị Phụ Nữ");
        account("mentorA3", "MENTOR", communeA, youthUnionA, "Hoàng Văn Đoàn");
        account("mentorOther", "MENTOR", otherCommune, policeOther, "Mentor Khác");
    }

    public String unit(String suffix, String name, String level, String parent) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "T" + tag + suffix);
        body.put("name", name);
        body.put("level", level);
        if (parent != null) {
            body.put("parentId", parent);
        }
        ApiResponse r = api.post(admin, "/api/v1/admin-units", body);
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    public String org(String name, String type, String unit) {
        ApiResponse r =
                api.post(admin, "/api/v1/organisations", Map.of("name", name, "type", type, "adminUnitId", unit));
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    public void account(String key, String role, String unit, String org, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username(key));
        body.put("password", PASSWORD);
        body.put("displayName", name);
        body.put("role", role);
        body.put("adminUnitId", unit);
        body.put("phone", "0977" + String.format("%06d", Math.abs((tag + key).hashCode()) % 1_000_000));
        if (org != null) {
            body.put("organisationId", org);
        }
        ApiResponse r = api.post(admin, "/api/v1/accounts", body);
        assertEquals(201, r.status(), r::toString);
        ids.put(key, r.json().get("id").asText());
        unitsOfAccounts.put(key, unit);
        tokens.put(key, login(api, username(key), PASSWORD));
    }

    public String username(String key) {
        return ("t" + tag + "." + key).toLowerCase();
    }

    public String token(String key) {
        return tokens.get(key);
    }

    public String unitOf(String key) {
        return unitsOfAccounts.get(key);
    }

    public String id(String key) {
        return ids.get(key);
    }

    public static String login(Api api, String username, String password) {
        ApiResponse r = api.post(null, "/api/v1/auth/login", Map.of("username", username, "password", password));
        assertEquals(200, r.status(), r::toString);
        return r.json().get("accessToken").asText();
    }

    /** A valid registration body for a case in {@code commune}; tests override what they test. */
    public static Map<String, Object> caseBody(String commune, String fullName) {
        Map<String, Object> body = new HashMap<>();
        body.put("adminUnitId", commune);
        body.put("fullName", fullName);
        body.put("dateOfBirth", "1990-05-17");
        body.put("sex", "MALE");
        body.put("ethnicity", "Kinh");
        body.put("preferredLanguage", "vi");
        body.put("address", "Tổ 5, số nhà 12");
        body.put("basis", "COMPULSORY_REHAB_ADULT");
        body.put("decisionNumber", "12/QĐ-UBND");
        body.put("decisionDate", "2025-03-01");
        body.put("startDate", "2025-03-10");
        return body;
    }

    public JsonNode registerCase(String officerKey, String commune, String fullName) {
        ApiResponse r = api.post(token(officerKey), "/api/v1/cases", caseBody(commune, fullName));
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }

    /** A case in commune A with an activated phone login (PIN 135790), and optionally a mentor. */
    public record Person(String caseId, String token, String accountId, String phone) {}

    public Person activatedPerson(String fullName, String mentorKey) {
        return activatedPerson(fullName, mentorKey, "vi");
    }

    /** As above, for a person whose case language is {@code language} ({@code vi} or {@code en}). */
    public Person activatedPerson(String fullName, String mentorKey, String language) {
        Map<String, Object> body = caseBody(communeA, fullName);
        body.put("preferredLanguage", language);
        String phone = "09" + String.format("%08d", Math.floorMod((tag + fullName).hashCode(), 100_000_000));
        body.put("phone", phone);
        String caseId = registerCase("officerA", body).get("id").asText();
        if (mentorKey != null) {
            ApiResponse assigned = api.post(
                    token("officerA"),
                    "/api/v1/cases/" + caseId + "/assignments",
                    Map.of("mentorId", id(mentorKey), "startDate", "2025-03-10"));
            assertEquals(201, assigned.status(), assigned::toString);
        }
        String code = api.post(token("officerA"), "/api/v1/cases/" + caseId + "/activation-code", null)
                .json()
                .get("code")
                .asText();
        ApiResponse r = api.post(null, "/api/v1/auth/activate", Map.of("phone", phone, "code", code, "pin", "135790"));
        assertEquals(200, r.status(), r::toString);
        return new Person(
                caseId,
                r.json().get("accessToken").asText(),
                r.json().get("account").get("id").asText(),
                phone);
    }

    public JsonNode registerCase(String officerKey, Map<String, Object> body) {
        ApiResponse r = api.post(token(officerKey), "/api/v1/cases", body);
        assertEquals(201, r.status(), r::toString);
        return r.json();
    }
}
