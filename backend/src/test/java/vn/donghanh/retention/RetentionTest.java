package vn.donghanh.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.audit.AuditVerifier;
import vn.donghanh.casefile.CaseLookupHashes;
import vn.donghanh.common.TextFold;
import vn.donghanh.delivery.OutboxDispatcher;
import vn.donghanh.security.DataCipher;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TableSnapshot;
import vn.donghanh.support.World;

/**
 * The decisive test of retention: a person with everything the service can hold about them (name with diacritics,
 * national ID, phone, address, a phone login, check-ins with notes and coordinates, a mentor's contact notes,
 * messages, a help request, a drug test, a referral with notes, an SMS reminder), completed; the clock moved past
 * the retention time; the job run; then every text column of every table (information_schema) is searched for the
 * name, its folded form, the national ID, the phone (also in international form), the address and the keyed
 * lookup hashes, and a single hit fails. An open case and a recently completed case keep everything.
 */
class RetentionTest extends IntegrationTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static World w;
    static final Random RANDOM = new Random();

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    /** What identifies one person, as registered. */
    record Person(String caseId, String fullName, String nationalId, String phone, String address, String token) {}

    private static String pick(String... options) {
        return options[RANDOM.nextInt(options.length)];
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    /** A name no other test uses: Vietnamese syllables with diacritics, drawn at random. */
    private static String uniqueName() {
        return pick("Lò", "Quàng", "Hà", "Lường", "Cầm", "Đèo") + " " + pick("Thị", "Văn", "Đức", "Thùy") + " "
                + pick("Ngọc", "Xuân", "Mỹ", "Diễm", "Quỳnh", "Thủy", "Hưởng", "Tường") + " "
                + pick("Huyền", "Nhiễu", "Khuê", "Duyên", "Yến", "Thắm", "Điệp", "Ượng") + " "
                + pick("Ẩm", "Ửng", "Ỷ", "Ổn", "Ỡm", "Ậu");
    }

    /** A case in commune A with a mentor and a phone login, its management period (12 months) ended two months ago. */
    private static Person register(LocalDate today, String mentorKey) {
        String name = uniqueName();
        String nationalId = "0" + digits(11);
        String phone = "09" + digits(8);
        String address = "Số nhà " + digits(4) + ", ngõ " + digits(3) + ", tổ " + digits(2) + ", đường Phù Đổng";
        Map<String, Object> body = World.caseBody(w.communeA, name);
        LocalDate start = today.minusMonths(14);
        body.put("basis", "VOLUNTARY_REHAB");
        body.put("startDate", start.toString());
        body.put("decisionDate", start.minusDays(5).toString());
        body.put("nationalId", nationalId);
        body.put("phone", phone);
        body.put("address", address);
        String caseId = w.registerCase("officerA", body).get("id").asText();
        ApiResponse assigned = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/assignments",
                Map.of("mentorId", w.id(mentorKey), "startDate", start.toString()));
        assertEquals(201, assigned.status(), assigned::toString);
        String code = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/activation-code", null)
                .json()
                .get("code")
                .asText();
        ApiResponse r = api.post(null, "/api/v1/auth/activate", Map.of("phone", phone, "code", code, "pin", "135790"));
        assertEquals(200, r.status(), r::toString);
        String token = r.json().get("accessToken").asText();
        return new Person(caseId, name, nationalId, phone, address, token);
    }

    private static void created(ApiResponse r) {
        assertEquals(201, r.status(), r::toString);
    }

    /** Everything the service keeps about a person, written through the API by the person, mentor and officer. */
    private static void richHistory(Person p, LocalDateTime now) {
        String said = p.fullName() + ", số " + p.phone() + ", CCCD " + p.nationalId() + ", " + p.address();
        String at = now.atZone(VN).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
        String today = now.toLocalDate().toString();
        String officer = w.token("officerA");
        String mentor = w.token("mentorA1");
        assertEquals(
                200,
                api.put(p.token(), "/api/v1/me/consents/LOCATION_ON_CHECKIN", Map.of("granted", true))
                        .status());
        Map<String, Object> checkin = new HashMap<>(Map.of(
                "id", UUID.randomUUID().toString(), "kind", "SELF", "occurredAt", at, "wellbeing", 4, "craving", 2));
        checkin.put("note", "Tôi là " + said + ", hôm nay ổn");
        checkin.put("location", Map.of("latitude", 21.59321, "longitude", 105.84817));
        created(api.post(p.token(), "/api/v1/cases/" + p.caseId() + "/checkins", checkin));
        created(api.post(
                mentor,
                "/api/v1/cases/" + p.caseId() + "/contacts",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "HOME_VISIT",
                        "occurredAt",
                        at,
                        "summary",
                        "Thăm nhà " + said + "; gia đình hợp tác",
                        "concerns",
                        List.of("UNEMPLOYMENT"),
                        "followUpNeeded",
                        true)));
        created(api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/messages",
                Map.of("id", UUID.randomUUID().toString(), "recipientId", w.id("mentorA1"), "body", "Em là " + said)));
        created(api.post(
                mentor,
                "/api/v1/cases/" + p.caseId() + "/messages",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "recipientId",
                        accountOf(p),
                        "body",
                        "Chào " + p.fullName() + ", anh gọi lại số " + p.phone())));
        created(api.post(
                p.token(),
                "/api/v1/cases/" + p.caseId() + "/help-requests",
                Map.of("id", UUID.randomUUID().toString(), "category", "CRAVING", "note", "Cần giúp: " + said)));
        created(api.post(
                officer,
                "/api/v1/cases/" + p.caseId() + "/drug-tests",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "testedOn",
                        today,
                        "result",
                        "NEGATIVE",
                        "testedBy",
                        "Trạm Y tế xã, thử cho " + p.fullName())));
        String provider = provider();
        String referralId = UUID.randomUUID().toString();
        created(api.post(
                mentor,
                "/api/v1/cases/" + p.caseId() + "/referrals",
                Map.of("id", referralId, "providerId", provider, "kind", "JOB", "note", "Giới thiệu " + said)));
        Map<String, Object> accept = new HashMap<>(Map.of("status", "ACCEPTED", "date", today));
        accept.put("sharedFields", List.of("FULL_NAME", "PHONE"));
        accept.put("note", "Đồng ý, gọi " + p.phone());
        ApiResponse accepted = api.post(p.token(), "/api/v1/referrals/" + referralId + "/steps", accept);
        assertEquals(200, accepted.status(), accepted::toString);
        // A move to commune B started, then called off; commune B looked the person up by national ID first.
        JsonNode found = api.post(w.token("officerB"), "/api/v1/case-lookups", Map.of("nationalId", p.nationalId()))
                .json();
        assertEquals(p.caseId(), found.get("caseId").asText());
        ApiResponse transfer = api.post(
                officer,
                "/api/v1/cases/" + p.caseId() + "/transfers",
                Map.of(
                        "toUnitId", w.communeB,
                        "moveDate", today,
                        "reason", "Chuyển về ở với mẹ: " + said,
                        "newAddress", "Nhà mẹ của " + p.fullName(),
                        "note", "Gọi " + p.phone()));
        created(transfer);
        ApiResponse cancelled = api.post(
                officer,
                "/api/v1/transfers/" + transfer.json().get("id").asText() + "/answers",
                Map.of("state", "CANCELLED", "reason", p.fullName() + " ở lại"));
        assertEquals(200, cancelled.status(), cancelled::toString);
        // A methadone dose in 30 minutes, reminded (30 minutes ahead) by SMS, the person's channel: due now.
        ApiResponse sms =
                api.put(officer, "/api/v1/cases/" + p.caseId() + "/reminder-settings", Map.of("channel", "SMS"));
        assertEquals(200, sms.status(), sms::toString);
        String clinic = w.org("Cơ sở điều trị Methadone " + w.tag, "METHADONE_CLINIC", w.communeA);
        created(api.post(
                officer,
                "/api/v1/cases/" + p.caseId() + "/appointments",
                Map.of(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "METHADONE_DOSE",
                        "placeId",
                        clinic,
                        "startsAt",
                        now.plusMinutes(30).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:00")),
                        "durationMinutes",
                        30,
                        "note",
                        "Nhắc " + said)));
        bean(ReminderService.class).runOnce();
        JsonNode reminders = api.get(officer, "/api/v1/cases/" + p.caseId() + "/reminders")
                .json()
                .get("items");
        assertEquals(1, reminders.size(), reminders::toString);
        assertEquals("SMS", reminders.get(0).get("channel").asText());
        // Delivered (this test service has no SMSC: the dispatcher falls back to the inbox and says so).
        bean(OutboxDispatcher.class).runOnce();
    }

    private static String accountOf(Person p) {
        return Sql.query("SELECT id FROM account WHERE case_id = ?", rs -> rs.getString(1), p.caseId())
                .get(0);
    }

    private static String provider() {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/providers",
                Map.of(
                        "name",
                        "Xưởng may " + w.tag,
                        "type",
                        "EMPLOYER",
                        "adminUnitId",
                        w.communeA,
                        "contactPerson",
                        "Chị Hoa",
                        "contactPhone",
                        "0208 3855 123",
                        "servedUnitIds",
                        List.of(w.communeA)));
        created(r);
        return r.json().get("id").asText();
    }

    private static void complete(Person p, LocalDate on) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + p.caseId() + "/status-changes",
                Map.of(
                        "status",
                        "COMPLETED",
                        "reason",
                        "Hoàn thành thời hạn quản lý — " + p.fullName(),
                        "effectiveDate",
                        on.toString()));
        assertEquals(201, r.status(), r::toString);
    }

    /** What identifies the person anywhere: the words as given, folded, the international phone, the lookup hashes. */
    private static List<String> needles(Person p) {
        Set<String> out = new LinkedHashSet<>();
        out.add(p.fullName());
        out.add(TextFold.fold(p.fullName()));
        out.add(p.nationalId());
        out.add(p.phone());
        out.add(p.phone().substring(1)); // "912345678" as in "+84912345678" or "84912345678"
        out.add(p.address());
        CaseLookupHashes hashes = bean(CaseLookupHashes.class);
        out.add(hashes.ofNationalId(p.nationalId()));
        out.add(hashes.ofPhone(p.phone()));
        out.add(bean(DataCipher.class).phoneLookupHash(p.phone()));
        return new ArrayList<>(out);
    }

    /**
     * Every hit of any needle in any text or binary column of any base table, as "table.column". Each column is read
     * as utf8mb4 text (ascii and binary columns too) and compared accent- and case-insensitively
     * (utf8mb4_unicode_ci), so "Lò Thị" also finds "lo thi" and "LÒ THỊ".
     */
    static List<String> hits(List<String> needles) {
        List<String[]> columns = Sql.query("""
                SELECT c.table_name, c.column_name FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'enum', 'set',
                                      'json', 'binary', 'varbinary', 'tinyblob', 'blob', 'mediumblob', 'longblob')
                ORDER BY c.table_name, c.column_name""", rs -> new String[] {rs.getString(1), rs.getString(2)});
        assertTrue(columns.size() > 100, "information_schema lists the text columns: " + columns.size());
        List<Object> params = new ArrayList<>();
        StringBuilder any = new StringBuilder();
        for (String n : needles) {
            any.append(any.length() == 0 ? "" : " OR ")
                    .append("CONVERT(`%1$s` USING utf8mb4) COLLATE utf8mb4_unicode_ci LIKE ?");
            params.add("%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        List<String> out = new ArrayList<>();
        for (String[] c : columns) {
            String sql = "SELECT COUNT(*) FROM `" + c[0] + "` WHERE " + String.format(any.toString(), c[1]);
            long n = Sql.query(sql, rs -> rs.getLong(1), params.toArray()).get(0);
            if (n > 0) {
                out.add(c[0] + "." + c[1] + " (" + n + ")");
            }
        }
        return out;
    }

    @Test
    void aCompletedCasePastTheRetentionTimeKeepsNothingThatIdentifiesThePerson() {
        LocalDateTime now = LocalDate.now(VN).atTime(10, 0);
        CLOCK.set(now.atZone(VN).toInstant());
        LocalDate today = now.toLocalDate();
        Person old = register(today, "mentorA1");
        Person open = register(today, "mentorA1");
        Person recent = register(today, "mentorA2");
        richHistory(old, now);
        richHistory(open, now);
        complete(old, today.minusDays(30));
        complete(recent, today);
        List<String> before = hits(needles(old));
        assertTrue(before.size() >= 10, "the scan sees the person's data before the run: " + before);
        String loginPhoneHash = bean(DataCipher.class).phoneLookupHash(old.phone());

        // Five years after the first completion, ten days short of five years after the second.
        LocalDate later = today.plusYears(5).minusDays(10);
        CLOCK.set(later.atTime(9, 0).atZone(VN).toInstant());
        RetentionJob job = bean(RetentionJob.class);
        assertEquals(today.minusDays(10), job.closedBefore());
        RetentionModels.Run run = job.runOnce();
        assertTrue(run.casesAnonymised() >= 1, run::toString);
        assertEquals(0, run.casesFailed(), run::toString);

        assertEquals(List.of(), hits(needles(old)), "nothing identifying survives anywhere");
        assertEquals(
                List.of(0L, 0L),
                Sql.query(
                                "SELECT COUNT(phone_enc) + COUNT(national_id_enc), COUNT(national_id_hash) + COUNT(phone_hash)"
                                        + " FROM managed_case WHERE id = ?",
                                rs -> List.of(rs.getLong(1), rs.getLong(2)),
                                old.caseId())
                        .get(0),
                "ciphertext and lookup hashes gone");
        assertEquals(
                List.of("COMPLETED", "VOLUNTARY_REHAB", w.communeA, "MALE"),
                Sql.query(
                                "SELECT status, basis, admin_unit_id, sex FROM managed_case WHERE id = ?",
                                rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                                old.caseId())
                        .get(0),
                "what the statistics need stays");
        assertEquals(
                1,
                Sql.query("SELECT COUNT(*) FROM checkin WHERE case_id = ?", rs -> rs.getInt(1), old.caseId())
                        .get(0),
                "the check-in is still counted");
        assertEquals(
                0,
                Sql.query(
                                "SELECT COUNT(*) FROM account WHERE login_phone_hash = ? OR (case_id = ? AND active)",
                                rs -> rs.getInt(1),
                                loginPhoneHash,
                                old.caseId())
                        .get(0));
        assertEquals(
                401,
                api.post(null, "/api/v1/auth/person-login", Map.of("phone", old.phone(), "pin", "135790"))
                        .status(),
                "the person's login is gone");

        // The audit log still verifies and says it happened (ids only, no actor).
        var verified = bean(AuditVerifier.class).verify();
        assertTrue(verified.valid(), verified::toString);
        assertEquals(
                List.of("retention-run:" + run.id()),
                Sql.query(
                        "SELECT target FROM audit_event WHERE case_id = ? AND action = 'CASE_ANONYMISE'"
                                + " AND actor_id IS NULL",
                        rs -> rs.getString(1),
                        old.caseId()));

        // The open case and the recently completed one are untouched: the same scan still finds them.
        for (Person kept : List.of(open, recent)) {
            JsonNode c = api.get(w.token("officerA"), "/api/v1/cases/" + kept.caseId())
                    .json();
            assertEquals(kept.fullName(), c.get("fullName").asText());
            assertEquals(kept.address(), c.get("address").asText());
            assertFalse(hits(needles(kept)).isEmpty(), "the same scan still finds what identifies a kept case");
        }
        assertTrue(
                hits(List.of(open.fullName())).size() >= 5,
                "the open case's history keeps its words: " + hits(List.of(open.fullName())));
        assertEquals(
                List.of(),
                Sql.query(
                        "SELECT case_id FROM retention_case WHERE case_id IN (?, ?)",
                        rs -> rs.getString(1),
                        open.caseId(),
                        recent.caseId()),
                "neither is recorded as anonymised");

        // A second run does nothing at all (but record that it ran).
        CLOCK.advance(Duration.ofMinutes(1));
        TableSnapshot snapshot = TableSnapshot.take(Set.of(), Set.of("retention_run"));
        RetentionModels.Run second = job.runOnce();
        assertEquals(0, second.casesAnonymised(), second::toString);
        assertEquals(
                List.of(), TableSnapshot.take(Set.of(), Set.of("retention_run")).changedSince(snapshot));

        // The admin sees both runs, and which cases the first anonymised.
        JsonNode runs = api.get(w.admin, "/api/v1/admin/retention-runs").json().get("items");
        List<String> runIds = new ArrayList<>();
        runs.forEach(r -> runIds.add(r.get("id").asText()));
        assertTrue(
                runIds.indexOf(second.id()) >= 0 && runIds.indexOf(second.id()) < runIds.indexOf(run.id()),
                runIds::toString);
        assertEquals(
                run.casesAnonymised(),
                runs.get(runIds.indexOf(run.id())).get("casesAnonymised").asInt());
        List<String> anonymised = new ArrayList<>();
        api.get(w.admin, "/api/v1/admin/retention-runs/" + run.id() + "/cases?limit=200")
                .json()
                .get("items")
                .forEach(i -> anonymised.add(i.get("caseId").asText()));
        assertTrue(anonymised.contains(old.caseId()), anonymised::toString);
        assertFalse(anonymised.contains(recent.caseId()));
        assertEquals(
                403,
                api.get(w.token("officerA"), "/api/v1/admin/retention-runs").status(),
                "admins only");
    }

    @Test
    void twoRunsAtOnceAnonymiseEachCaseOnce() throws Exception {
        LocalDate today = LocalDate.now(VN);
        CLOCK.set(today.atTime(10, 0).atZone(VN).toInstant());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = World.caseBody(w.communeA, uniqueName());
            body.put("basis", "VOLUNTARY_REHAB");
            body.put("startDate", today.minusMonths(14).toString());
            body.put("decisionDate", today.minusMonths(14).minusDays(5).toString());
            String id = w.registerCase("officerA", body).get("id").asText();
            ids.add(id);
            complete(new Person(id, (String) body.get("fullName"), null, null, null, null), today.minusDays(30));
        }
        CLOCK.set(today.plusYears(5).atTime(9, 0).atZone(VN).toInstant());
        RetentionJob job = bean(RetentionJob.class);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(job::runOnce);
            var b = pool.submit(job::runOnce);
            int together = a.get().casesAnonymised() + b.get().casesAnonymised();
            assertTrue(together >= ids.size(), "both runs together did every due case: " + together);
        } finally {
            pool.shutdown();
        }
        for (String id : ids) {
            assertEquals(
                    List.of(1, 1),
                    Sql.query(
                                    "SELECT (SELECT COUNT(*) FROM retention_case WHERE case_id = ?),"
                                            + " (SELECT COUNT(*) FROM audit_event WHERE case_id = ? AND action = 'CASE_ANONYMISE')",
                                    rs -> List.of(rs.getInt(1), rs.getInt(2)),
                                    id,
                                    id)
                            .get(0),
                    "anonymised once, audited once: " + id);
        }
        assertTrue(bean(AuditVerifier.class).verify().valid());
    }
}
