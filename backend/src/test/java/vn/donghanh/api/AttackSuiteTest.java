package vn.donghanh.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import vn.donghanh.appointment.ReminderService;
import vn.donghanh.escalation.EscalationJob;
import vn.donghanh.security.JwtKeySet;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.OpenApiOperations;
import vn.donghanh.support.OpenApiOperations.Operation;
import vn.donghanh.support.OpenApiOperations.PathParam;
import vn.donghanh.support.Sql;
import vn.donghanh.support.TableSnapshot;
import vn.donghanh.support.World;

/**
 * The attack suite, generated from api-spec/openapi.yaml against the running test service:
 * <ol>
 *   <li>forged, tampered, expired and incomplete access tokens on protected reads, and refresh-token
 *   reuse (the whole family dies);</li>
 *   <li>every operation with a record id in its path, called by an officer of another commune, a
 *   mentor not assigned and a person who is not the subject, with the id of a real record of
 *   commune A: 403 or 404, and a 404 indistinguishable from the one for an id that does not exist;</li>
 *   <li>every operation with a JSON body, sent hostile bodies by a caller allowed on an in-scope
 *   record: a 4xx problem+json each time and not one row written (row counts and live checksums of
 *   every table before and after), then the unmodified body as a control, which must succeed.</li>
 * </ol>
 * No problem body may name Java or framework internals. An operation added to the contract without
 * a line here (which record its path id is, or a valid body to start from) fails the suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackSuiteTest extends IntegrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String JSON_TYPE = "application/json";
    /** What a problem body must never show a caller: class and package names, parser and binder internals. */
    static final Pattern INTERNALS = Pattern.compile(
            "vn\\.donghanh|java\\.|javax\\.|jakarta\\.|io\\.micronaut|io\\.netty|com\\.fasterxml|com\\.mysql|org\\.mariadb"
                    + "|Exception|START_ARRAY|START_OBJECT|Failed to convert argument|\\bat [a-z]+\\.[a-z]+\\.");

    static World w;
    static World.Person subject;
    static World.Person otherPerson;
    static World.Person loginPerson;
    /** One real record of commune A of each kind a path id can point to (the subject's case and what hangs off it). */
    static final Map<String, String> victim = new LinkedHashMap<>();

    static final AtomicInteger requests = new AtomicInteger();
    /** Every problem body the suite received, by the request that caused it, for the internals check. */
    static final Map<String, String> problemBodies = new ConcurrentHashMap<>();

    static long startedAt;

    // ------------------------------------------------------------------------------------------
    // What the contract's path parameters point to, and what is deliberately not scoped.
    // ------------------------------------------------------------------------------------------

    /** components/parameters name -> kind of record (a key of {@link #victim}). */
    static final Map<String, String> PATH_PARAM_KINDS = Map.ofEntries(
            Map.entry("CaseId", "case"),
            Map.entry("CaseIdForAssignments", "case"),
            Map.entry("CaseIdInPath", "case"),
            Map.entry("PlanId", "plan"),
            Map.entry("AssignmentId", "assignment"),
            Map.entry("NotificationId", "notification"),
            Map.entry("AlertId", "alert"),
            Map.entry("HelpRequestId", "helpRequest"),
            Map.entry("MessageId", "message"),
            Map.entry("OpportunityId", "opportunity"),
            Map.entry("ReferralId", "referral"),
            Map.entry("AppointmentId", "appointment"),
            Map.entry("OccurrenceId", "occurrence"),
            Map.entry("ReminderId", "reminder"),
            Map.entry("RetentionCheckId", "retentionCheck"),
            Map.entry("AccountId", "account"),
            Map.entry("TransferId", "transfer"),
            Map.entry("PeriodCode", "reportPeriod"),
            Map.entry("ReportSubmissionId", "reportSubmission"),
            Map.entry("CorrectionRequestId", "correctionRequest"), // issue 17
            Map.entry("RetentionRunId", "retentionRun"), // issue 17: retention (admins only: 403 to everyone else)
            Map.entry("ClubId", "club"), // issue 17: peer clubs
            Map.entry("ClubPostId", "clubPost"),
            Map.entry("KnowledgePageId", "knowledgePage"), // issue 17: admins only, every attacker 403
            Map.entry("TrainingCourseId", "trainingCourse")); // issue 17: an officers' course of the province

    enum Attacker {
        OFFICER_OTHER_COMMUNE,
        MENTOR_NOT_ASSIGNED,
        PERSON_NOT_SUBJECT
    }

    record NotScoped(String reason, Set<Attacker> maySucceed) {}

    static final String PERIOD_NOT_A_RECORD =
            "{periodCode} is a reporting period (a calendar code), not a record: without unitId the report is the"
                    + " caller's own commune's, so an officer of another commune reads or submits their own"
                    + " (another commune's unitId is 404: PeriodicReportApiTest); mentors and persons 403";

    static final String TRAINING_COURSE = "{id} is a course offered province-wide, not a record of commune A";

    /**
     * Operations with a path parameter that are not scoped by a record of someone's case, and which
     * attackers may therefore legitimately succeed. Keep it short; every entry says why.
     */
    static final Map<String, NotScoped> NOT_SCOPED = withClubs(Map.of(
            "getAdminUnit",
                    new NotScoped(
                            "administrative units are public reference data: every signed-in account reads every unit",
                            Set.of(Attacker.values())),
            "setMyConsent",
                    new NotScoped(
                            "{purpose} is a consent purpose (an enum), not a record id; the person's own case is implied"
                                    + " and other roles are covered by AuthorizationMatrixTest",
                            Set.of(Attacker.values())),
            "expressInterest",
                    new NotScoped(
                            "opportunities are a public job board: any person may say they are interested in any open"
                                    + " one, and the interest is recorded on their own case (officers and mentors are still attacked: 403)",
                            Set.of(Attacker.PERSON_NOT_SUBJECT)),
            "getPeriodicReport", new NotScoped(PERIOD_NOT_A_RECORD, Set.of(Attacker.OFFICER_OTHER_COMMUNE)),
            "submitPeriodicReport", new NotScoped(PERIOD_NOT_A_RECORD, Set.of(Attacker.OFFICER_OTHER_COMMUNE)),
            "getPeriodicReportOverview", new NotScoped(PERIOD_NOT_A_RECORD, Set.of(Attacker.OFFICER_OTHER_COMMUNE)),
            "downloadPeriodicReport", new NotScoped(PERIOD_NOT_A_RECORD, Set.of(Attacker.OFFICER_OTHER_COMMUNE)),
            "getPublicKnowledgePage",
                    new NotScoped(
                            "{slug} is a published public page (issue 17): anyone reads it without an account;"
                                    + " a draft is 404 for everyone (KnowledgeApiTest)",
                            Set.of(Attacker.values())),
            // Issue 17: a course is offered to every officer (or mentor) of its audience below the unit that
            // published it, here the province: an officer of another commune of it takes it too (another
            // province's officer gets 404, a mentor 404 for an officers' course, a person 403: TrainingApiTest).
            "downloadTrainingCourse", new NotScoped(TRAINING_COURSE, Set.of(Attacker.OFFICER_OTHER_COMMUNE)),
            "submitTrainingAttempt", new NotScoped(TRAINING_COURSE, Set.of(Attacker.OFFICER_OTHER_COMMUNE))));

    // --- issue 17: peer clubs. A club belongs to its communes, not to one case: every mentor and officer of
    // commune A moderates commune A's club, and every person of commune A may see its card and join it (then
    // read inside and post). Officers of another commune are still attacked here (404); ClubApiTest covers
    // non-members and outsiders one by one.
    static final String CLUB_OF_THE_COMMUNE =
            "a club belongs to its communes: commune A's mentors moderate it, its persons may join it";

    static Map<String, NotScoped> withClubs(Map<String, NotScoped> others) {
        Set<Attacker> moderator = Set.of(Attacker.MENTOR_NOT_ASSIGNED);
        Set<Attacker> person = Set.of(Attacker.PERSON_NOT_SUBJECT);
        Set<Attacker> both = Set.of(Attacker.MENTOR_NOT_ASSIGNED, Attacker.PERSON_NOT_SUBJECT);
        Map<String, NotScoped> out = new HashMap<>(others);
        Map.of(
                        "getClub", both,
                        "joinClub", person,
                        "leaveClub", person,
                        "listClubMembers", both,
                        "listClubMeetings", both,
                        "listClubPosts", both,
                        "recordClubAttendance", moderator,
                        "createClubPost", person,
                        "reportClubPost", person,
                        "hideClubPost", moderator)
                .forEach((op, who) -> out.put(op, new NotScoped(CLUB_OF_THE_COMMUNE, who)));
        return Map.copyOf(out);
    }

    /** commune A's club (moderated by mentorA1's commune), whose first meeting began two hours ago; the subject is a member. */
    static void clubOfCommuneA() {
        LocalDateTime first =
                LocalDateTime.now(CLOCK.withZone(VN)).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        victimClubMeeting = first.atZone(VN).toOffsetDateTime().toString();
        String club = created(api.post(
                w.token("mentorA1"),
                "/api/v1/clubs",
                m(
                        "id",
                        UUID.randomUUID().toString(),
                        "organisationId",
                        w.youthUnionA,
                        "communeIds",
                        List.of(w.communeA),
                        "name",
                        "Câu lạc bộ thử",
                        "startsAt",
                        first.toString(),
                        "durationMinutes",
                        90,
                        "rrule",
                        "FREQ=WEEKLY")));
        victim.put("club", club);
        ApiResponse joined = api.put(
                subject.token(), "/api/v1/clubs/" + club + "/membership", m("alias", "Mây Trời", "showName", false));
        assertEquals(200, joined.status(), joined::toString);
        victimClubMember = joined.json().get("memberId").asText();
        victim.put("clubPost", freshClubPost());
    }

    static String victimClubMeeting;
    static String victimClubMember;

    static String freshClubPost() {
        return created(api.post(
                subject.token(),
                "/api/v1/clubs/" + victim.get("club") + "/posts",
                m("id", UUID.randomUUID().toString(), "text", "Chào cả nhóm")));
    }

    static void clubBodies(Map<String, Valid> v) {
        v.put(
                "createClub",
                new Valid(
                        Who.MENTOR,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "organisationId",
                                w.youthUnionA,
                                "communeIds",
                                List.of(w.communeA),
                                "name",
                                "Câu lạc bộ mới",
                                "startsAt",
                                localAt(1, 19),
                                "durationMinutes",
                                90,
                                "rrule",
                                "FREQ=WEEKLY")));
        v.put("joinClub", new Valid(Who.PERSON, null, p -> m("alias", "Mây Trời", "showName", false)));
        v.put(
                "recordClubAttendance",
                new Valid(
                        Who.MENTOR,
                        null,
                        p -> m("startsAt", victimClubMeeting, "memberIds", List.of(victimClubMember))));
        v.put(
                "createClubPost",
                new Valid(Who.PERSON, null, p -> m("id", UUID.randomUUID().toString(), "text", "Tin mới")));
        v.put("reportClubPost", new Valid(Who.PERSON, null, p -> m("reason", "Không phù hợp")));
        v.put(
                "hideClubPost",
                new Valid(
                        Who.MENTOR,
                        () -> Map.of("clubId", victim.get("club"), "postId", freshClubPost()),
                        p -> m("reason", "Không phù hợp")));
    }

    /** Values of required query parameters, by operation and name. */
    static Map<String, Map<String, String>> requiredQuery() {
        return Map.of("listMessages", Map.of("with", w.id("mentorA1")));
    }

    // ------------------------------------------------------------------------------------------
    // A valid request for every JSON operation: who may send it, on which in-scope record.
    // ------------------------------------------------------------------------------------------

    enum Who {
        ANONYMOUS,
        ADMIN,
        OFFICER,
        MENTOR,
        PERSON
    }

    /**
     * @param caller  a role allowed to call the operation on the record
     * @param target  path values of a fresh in-scope record (null: the records of {@link #victim}); may write
     * @param body    a body the service accepts for those path values; computed once, before the snapshot
     */
    record Valid(
            Who caller,
            Supplier<Map<String, String>> target,
            Function<Map<String, String>, Map<String, Object>> body) {}

    static String today() {
        return LocalDate.now(VN).toString();
    }

    static String tomorrow() {
        return LocalDate.now(VN).plusDays(1).toString();
    }

    static String localAt(int daysAhead, int hour) {
        return LocalDate.now(VN).plusDays(daysAhead).atTime(hour, 0).toString() + ":00";
    }

    static Map<String, Object> m(Object... kv) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.put((String) kv[i], kv[i + 1]);
        }
        return out;
    }

    static Map<String, String> caseTarget(String caseId) {
        return Map.of("id", caseId, "caseId", caseId);
    }

    static Map<String, Valid> valid() {
        Map<String, Valid> v = new HashMap<>();
        v.put(
                "staffLogin",
                new Valid(
                        Who.ANONYMOUS,
                        null,
                        p -> m("username", w.username("loginTarget"), "password", World.PASSWORD)));
        v.put("personLogin", new Valid(Who.ANONYMOUS, null, p -> m("phone", loginPerson.phone(), "pin", "135790")));
        v.put(
                "activateAccount",
                new Valid(
                        Who.ANONYMOUS,
                        AttackSuiteTest::activationTarget,
                        p -> m("phone", p.get("phone"), "code", p.get("code"), "pin", "246810")));
        v.put(
                "refreshTokens",
                new Valid(
                        Who.ANONYMOUS,
                        () -> Map.of("token", freshRefreshToken()),
                        p -> m("refreshToken", p.get("token"))));
        v.put(
                "logout",
                new Valid(
                        Who.ANONYMOUS,
                        () -> Map.of("token", freshRefreshToken()),
                        p -> m("refreshToken", p.get("token"))));
        v.put(
                "createAccount",
                new Valid(
                        Who.ADMIN,
                        null,
                        p -> m(
                                "username",
                                "atk" + UUID.randomUUID().toString().substring(0, 8),
                                "password",
                                "a long password",
                                "displayName",
                                "Tài khoản thử",
                                "role",
                                "MENTOR",
                                "adminUnitId",
                                w.communeA,
                                "organisationId",
                                w.youthUnionA,
                                "phone",
                                "0977123456")));
        v.put(
                "createAdminUnit",
                new Valid(
                        Who.ADMIN,
                        null,
                        p -> m(
                                "code",
                                "ATK" + UUID.randomUUID().toString().substring(0, 8),
                                "name",
                                "Xã Tấn Công",
                                "level",
                                "COMMUNE",
                                "parentId",
                                w.province,
                                "legacyCode",
                                "00001")));
        v.put(
                "createOrganisation",
                new Valid(
                        Who.ADMIN,
                        null,
                        p -> m(
                                "name",
                                "Trạm Y tế thử",
                                "type",
                                "HEALTH_STATION",
                                "adminUnitId",
                                w.communeA,
                                "address",
                                "Số 1",
                                "phone",
                                "0208 3855 123")));
        v.put("registerCase", new Valid(Who.OFFICER, null, p -> {
            Map<String, Object> b = new LinkedHashMap<>(World.caseBody(w.communeA, "Đăng Ký Thử"));
            b.put("timeZone", "Asia/Ho_Chi_Minh");
            return b;
        }));
        v.put("updateCase", new Valid(Who.OFFICER, () -> caseTarget(freshCase()), p -> {
            JsonNode current =
                    api.get(w.token("officerA"), "/api/v1/cases/" + p.get("id")).json();
            Map<String, Object> b = new LinkedHashMap<>(
                    World.caseBody(w.communeA, current.get("fullName").asText()));
            b.remove("adminUnitId");
            b.put("version", current.get("version").asInt());
            return b;
        }));
        v.put(
                "changeCaseStatus",
                new Valid(
                        Who.OFFICER,
                        () -> caseTarget(freshCase()),
                        p -> m("status", "ABSENT", "reason", "Vắng mặt tại nơi cư trú", "effectiveDate", today())));
        v.put(
                "assignMentor",
                new Valid(
                        Who.OFFICER,
                        () -> {
                            Map<String, String> target = new HashMap<>(caseTarget(freshCase()));
                            target.put("mentor", freshMentor());
                            return target;
                        },
                        p -> m("mentorId", p.getOrDefault("mentor", w.id("mentorA2")), "startDate", "2025-03-10")));
        v.put(
                "endAssignment",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of("id", freshAssignment()),
                        p -> m("reason", "Kết thúc phân công", "endDate", today())));
        v.put(
                "createCheckinPlan",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "kind",
                                "RESIDENCE_VERIFICATION",
                                "rrule",
                                "FREQ=MONTHLY;BYMONTHDAY=1",
                                "grace",
                                "P1D",
                                "effectiveFrom",
                                today())));
        v.put(
                "changeCheckinPlan",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of("id", freshPlan()),
                        p -> m("rrule", "FREQ=WEEKLY;BYDAY=TU", "grace", "PT12H", "effectiveFrom", tomorrow())));
        v.put(
                "endCheckinPlan",
                new Valid(Who.OFFICER, () -> Map.of("id", freshPlan()), p -> m("effectiveTo", tomorrow())));
        v.put(
                "recordCheckin",
                new Valid(
                        Who.PERSON,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "kind",
                                "SELF",
                                "occurredAt",
                                OffsetDateTime.now(ZoneOffset.ofHours(7))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString(),
                                "wellbeing",
                                4,
                                "craving",
                                2,
                                "note",
                                "Hôm nay ổn")));
        v.put(
                "createContact",
                new Valid(
                        Who.MENTOR,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "type",
                                "PHONE_CALL",
                                "occurredAt",
                                OffsetDateTime.now(ZoneOffset.UTC)
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .toString(),
                                "summary",
                                "Gọi điện hỏi thăm",
                                "concerns",
                                List.of(),
                                "followUpNeeded",
                                false)));
        v.put(
                "recordDrugTest",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "testedOn",
                                today(),
                                "result",
                                "NEGATIVE",
                                "testedBy",
                                "Trạm Y tế xã")));
        v.put(
                "registerDevice",
                new Valid(Who.OFFICER, null, p -> m("token", "attack-" + UUID.randomUUID(), "platform", "ANDROID")));
        v.put("removeDevice", new Valid(Who.OFFICER, null, p -> m("token", "attack-" + UUID.randomUUID())));
        v.put(
                "setMyConsent",
                new Valid(Who.PERSON, () -> Map.of("purpose", "LOCATION_ON_CHECKIN"), p -> m("granted", false)));
        v.put(
                "askForHelp",
                new Valid(
                        Who.PERSON,
                        null,
                        p -> m("id", UUID.randomUUID().toString(), "category", "CRAVING", "note", "Cần nói chuyện")));
        v.put(
                "resolveHelpRequest",
                new Valid(
                        Who.MENTOR, () -> Map.of("id", freshHelpRequest()), p -> m("note", "Đã gọi điện, bạn ấy ổn")));
        v.put(
                "sendMessage",
                new Valid(
                        Who.PERSON,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "recipientId",
                                w.id("mentorA1"),
                                "body",
                                "Chào anh")));
        v.put(
                "createProvider",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "name",
                                "Xưởng may thử " + UUID.randomUUID().toString().substring(0, 6),
                                "type",
                                "EMPLOYER",
                                "adminUnitId",
                                w.communeA,
                                "address",
                                "Tổ 3",
                                "phone",
                                "0208 3855 124",
                                "contactPerson",
                                "Chị Hoa",
                                "contactPhone",
                                "0912 345 678",
                                "servedUnitIds",
                                List.of(w.communeA))));
        v.put(
                "createOpportunity",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "providerId",
                                victim.get("provider"),
                                "type",
                                "JOB",
                                "title",
                                "Công nhân may " + UUID.randomUUID().toString().substring(0, 6),
                                "description",
                                "Làm ca ngày",
                                "adminUnitId",
                                w.communeA,
                                "place",
                                "Xưởng may",
                                "seats",
                                5,
                                "deadline",
                                LocalDate.now(VN).plusDays(30).toString(),
                                "requirements",
                                "Chăm chỉ",
                                "wageMin",
                                5_000_000,
                                "wageMax",
                                7_000_000)));
        v.put(
                "setOpportunityStatus",
                new Valid(Who.OFFICER, () -> Map.of("id", freshOpportunity()), p -> m("status", "FILLED")));
        v.put(
                "createReferral",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "opportunityId",
                                victim.get("opportunity"),
                                "note",
                                "Phù hợp")));
        v.put(
                "recordReferralStep",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of("id", freshReferral()),
                        p -> m("status", "WITHDRAWN", "date", today(), "note", "Không còn phù hợp")));
        v.put(
                "answerRetentionCheck",
                new Valid(
                        Who.MENTOR,
                        () -> Map.of("id", freshRetentionCheck()),
                        p -> m("outcome", "STILL_ACTIVE", "note", "Vẫn đi làm")));
        v.put(
                "createAppointment",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "id",
                                UUID.randomUUID().toString(),
                                "type",
                                "COUNSELLING",
                                "placeId",
                                w.policeA,
                                "startsAt",
                                localAt(3, 9),
                                "durationMinutes",
                                60,
                                "rrule",
                                "FREQ=WEEKLY;COUNT=2",
                                "note",
                                "Mang theo giấy tờ")));
        v.put(
                "moveAppointmentOccurrence",
                new Valid(Who.OFFICER, () -> Map.of("id", freshOccurrence(2)), p -> m("startsAt", localAt(4, 14))));
        v.put(
                "recordAppointmentAttendance",
                new Valid(Who.OFFICER, () -> Map.of("id", pastOccurrence()), p -> m("attendance", "ATTENDED")));
        v.put(
                "setReminderSettings",
                new Valid(
                        Who.PERSON,
                        null,
                        p -> m(
                                "channel",
                                "APP",
                                "offsets",
                                List.of("PT2H", "P1D"),
                                "quietFrom",
                                "22:00",
                                "quietUntil",
                                "06:30")));
        v.put("acknowledgeReminder", new Valid(Who.PERSON, null, p -> m("response", "COMING")));
        v.put(
                "startTransfer",
                new Valid(
                        Who.OFFICER,
                        () -> caseTarget(freshCase()),
                        p -> m("toUnitId", w.otherCommune, "moveDate", today(), "reason", "Chuyển về quê vợ")));
        v.put(
                "askForTransfer",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of(
                                "held",
                                w.registerCase("officerB", w.communeB, "Hồ Sơ Phường B")
                                        .get("id")
                                        .asText()),
                        p -> m("caseId", p.get("held"), "moveDate", today(), "reason", "Đã đến trình báo")));
        v.put(
                "answerTransfer",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of("id", freshTransfer()),
                        p -> m("state", "CANCELLED", "reason", "Chưa chuyển")));
        v.put("lookupCase", new Valid(Who.OFFICER, null, p -> m("nationalId", "001099000001")));
        // Issue 17: training. An admin publishes and updates; an officer of the province takes the course.
        v.put("createTrainingCourse", new Valid(Who.ADMIN, null, p -> trainingCourseBody()));
        v.put("updateTrainingCourse", new Valid(Who.ADMIN, () -> Map.of("id", freshTrainingCourse()), p -> {
            Map<String, Object> body = trainingCourseBody();
            body.put("baseVersion", 1);
            return body;
        }));
        v.put(
                "submitTrainingAttempt",
                new Valid(
                        Who.OFFICER,
                        null,
                        p -> m(
                                "id", UUID.randomUUID().toString(),
                                "version", 1,
                                "occurredAt",
                                        OffsetDateTime.now(VN)
                                                .format(java.time.format.DateTimeFormatter.ofPattern(
                                                        "yyyy-MM-dd'T'HH:mm:ssXXX")),
                                "answers", List.of(m("questionId", "1.1", "option", 0)))));
        // A correction reason makes every submission a new version, whichever came before.
        v.put(
                "submitPeriodicReport",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of("periodCode", openPeriod()),
                        p -> m("narrative", "Tình hình ổn định", "correctionReason", "Bổ sung số liệu")));
        v.put(
                "returnPeriodicReport",
                new Valid(Who.ADMIN, () -> Map.of("id", freshSubmission()), p -> m("comment", "Xem lại dòng 3")));
        // --- issue 17: the person's data rights
        v.put(
                "askCorrection",
                new Valid(
                        Who.PERSON,
                        null,
                        p -> m("field", "ADDRESS", "proposedValue", "Tổ 9, số nhà 3", "reason", "Đã chuyển nhà")));
        v.put(
                "decideCorrection",
                new Valid(
                        Who.OFFICER,
                        () -> Map.of("id", freshCorrection()),
                        p -> m("accept", false, "reason", "Cần giấy xác nhận tạm trú")));
        clubBodies(v); // issue 17
        // issue 17: knowledge pages (admins only).
        v.put("createKnowledgePage", new Valid(Who.ADMIN, null, p -> knowledgePageBody()));
        v.put("updateKnowledgePage", new Valid(Who.ADMIN, () -> Map.of("id", freshKnowledgePage()), p -> {
            Map<String, Object> b = knowledgePageBody();
            // The page's version; another kind of record's id (the malformed-id probes use a case) has none: 1.
            ApiResponse page = api.get(w.admin, "/api/v1/knowledge-pages/" + p.get("id"));
            b.put("version", page.status() == 200 ? page.json().get("version").asInt() : 1);
            return b;
        }));
        return v;
    }

    /**
     * Hostile values the contract itself allows for a field, so their acceptance is not a finding:
     * "operationId.field" -> labels of {@link #hostileBodies} to skip, each with the reason.
     */
    static final Map<String, Set<String>> CONTRACT_ALLOWS = Map.ofEntries(
            // "Always answers 204, also for an unknown token, so it reveals nothing": any short string is a legitimate
            // (unknown) token and nothing is written.
            Map.entry("logout.refreshToken", Set.of("NUL character", "control characters")),
            // "Unknown tokens are ignored": the same, nothing is written.
            Map.entry("removeDevice.token", Set.of("NUL character", "control characters")),
            // "When [opportunityId is] given, providerId and kind are ignored" (the valid body names an opportunity).
            Map.entry("createReferral.providerId", Set.of("a UUID of nothing")),
            // Dates bounded on one side only ("today or later", "not in the past", "not before the management period")
            // or not at all: 9999-12-31 is within the contract. (0000-01-01 is not a date MySQL's DATE supports, so it
            // stays hostile everywhere.)
            Map.entry("assignMentor.startDate", Set.of("date 9999-12-31")),
            Map.entry("createCheckinPlan.effectiveFrom", Set.of("date 9999-12-31")),
            Map.entry("changeCheckinPlan.effectiveFrom", Set.of("date 9999-12-31")),
            Map.entry("endCheckinPlan.effectiveTo", Set.of("date 9999-12-31")),
            Map.entry("createOpportunity.deadline", Set.of("date 9999-12-31")),
            Map.entry("createOpportunity.startDate", Set.of("date 9999-12-31")),
            Map.entry("moveAppointmentOccurrence.startsAt", Set.of("local time 9999-12-31")),
            // issue 17: a knowledge page's body may hold up to 20,000 characters (several phone screens).
            Map.entry("createKnowledgePage.bodyVi", Set.of("10,000 characters")),
            Map.entry("createKnowledgePage.bodyEn", Set.of("10,000 characters")),
            Map.entry("updateKnowledgePage.bodyVi", Set.of("10,000 characters")),
            Map.entry("updateKnowledgePage.bodyEn", Set.of("10,000 characters")));

    // ------------------------------------------------------------------------------------------
    // Set-up: commune A's records, the attackers, the accounts the auth bodies sign in with.
    // ------------------------------------------------------------------------------------------

    @BeforeAll
    static void setUp() {
        startedAt = System.nanoTime();
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        w = World.create(api);
        subject = w.activatedPerson("Người Được Bảo Vệ", "mentorA1");
        otherPerson = w.activatedPerson("Người Cùng Xã Khác", null);
        loginPerson = w.activatedPerson("Người Đăng Nhập Thử", null);
        w.account("loginTarget", "MENTOR", w.communeA, w.youthUnionA, "Tài Khoản Đăng Nhập");
        w.account("refreshTarget", "MENTOR", w.communeA, w.youthUnionA, "Tài Khoản Làm Mới");
        String caseX = subject.caseId();
        victim.put("case", caseX);
        // A staff account of commune A: only admins may (de)activate it; every attacker gets 403.
        victim.put("account", w.id("mentorA2"));
        victim.put("assignment", one("SELECT id FROM mentor_assignment WHERE case_id = ?", caseX));
        victim.put(
                "plan",
                created(api.post(
                        w.token("officerA"),
                        "/api/v1/cases/" + caseX + "/checkin-plans",
                        m(
                                "kind",
                                "SELF_CHECKIN",
                                "rrule",
                                "FREQ=DAILY",
                                "effectiveFrom",
                                LocalDate.now(VN).minusDays(3).toString()))));
        bean(EscalationJob.class).runOnce();
        victim.put("alert", one("SELECT id FROM overdue_alert WHERE case_id = ?", caseX));
        victim.put(
                "helpRequest",
                created(api.post(
                        subject.token(),
                        "/api/v1/cases/" + caseX + "/help-requests",
                        m("id", UUID.randomUUID().toString(), "category", "OTHER"))));
        victim.put(
                "message",
                created(api.post(
                        subject.token(),
                        "/api/v1/cases/" + caseX + "/messages",
                        m("id", UUID.randomUUID().toString(), "recipientId", w.id("mentorA1"), "body", "Chào anh"))));
        victim.put(
                "notification",
                one("SELECT id FROM notification WHERE account_id = ? ORDER BY created_at LIMIT 1", w.id("mentorA1")));
        victim.put(
                "provider",
                created(api.post(
                        w.token("officerA"),
                        "/api/v1/providers",
                        m(
                                "name",
                                "Xưởng cơ khí Đồng Hỷ",
                                "type",
                                "EMPLOYER",
                                "adminUnitId",
                                w.communeA,
                                "servedUnitIds",
                                List.of(w.communeA)))));
        victim.put("opportunity", freshOpportunity());
        victim.put("referral", freshReferral());
        victim.put("retentionCheck", freshRetentionCheck());
        victim.put("transfer", freshTransfer());
        victim.put("reportPeriod", openPeriod());
        victim.put("reportSubmission", freshSubmission());
        victim.put("correctionRequest", freshCorrection()); // issue 17
        victim.put("knowledgePage", freshKnowledgePage());
        victim.put("trainingCourse", freshTrainingCourse());
        String startsAt = localAt(2, 10);
        victim.put(
                "appointment",
                created(api.post(
                        w.token("officerA"),
                        "/api/v1/cases/" + caseX + "/appointments",
                        m(
                                "id",
                                UUID.randomUUID().toString(),
                                "type",
                                "COUNSELLING",
                                "placeId",
                                w.policeA,
                                "startsAt",
                                startsAt,
                                "durationMinutes",
                                60))));
        victim.put(
                "occurrence",
                one(
                        "SELECT id FROM appointment_occurrence WHERE series_id = ? ORDER BY starts_at LIMIT 1",
                        victim.get("appointment")));
        // The reminders of that appointment: run the reminder job an hour before it, then come back to now.
        Instant now = CLOCK.instant();
        CLOCK.set(LocalDateTime.parse(startsAt).atZone(VN).toInstant().minus(java.time.Duration.ofHours(1)));
        bean(ReminderService.class).runOnce();
        CLOCK.set(now);
        victim.put("reminder", one("SELECT id FROM reminder WHERE case_id = ? ORDER BY starts_at LIMIT 1", caseX));
        // issue 17: retention — a run of the job (on today's clock it finds nothing to anonymise).
        victim.put(
                "retentionRun",
                bean(vn.donghanh.retention.RetentionJob.class).runOnce().id());
        clubOfCommuneA(); // issue 17
    }

    @AfterAll
    static void report() {
        System.out.printf(
                "[attack-suite] %d requests in %.1f s%n", requests.get(), (System.nanoTime() - startedAt) / 1e9);
    }

    private static String one(String sql, Object... params) {
        List<String> ids = Sql.query(sql, rs -> rs.getString(1), params);
        assertTrue(!ids.isEmpty(), "set-up: nothing for " + sql);
        return ids.get(0);
    }

    private static String created(ApiResponse r) {
        assertTrue(r.status() == 201 || r.status() == 200, () -> "set-up: " + r);
        return r.json().get("id").asText();
    }

    private static void step(String token, String referral, Map<String, Object> body) {
        ApiResponse r = api.post(token, "/api/v1/referrals/" + referral + "/steps", body);
        assertEquals(200, r.status(), () -> "set-up: referral step " + body + ": " + r);
    }

    private static String freshCase() {
        return w.registerCase(
                        "officerA",
                        w.communeA,
                        "Hồ Sơ Thử " + UUID.randomUUID().toString().substring(0, 4))
                .get("id")
                .asText();
    }

    /**
     * A transfer of a fresh case of commune A to the other province's commune, waiting for it (the attacking
     * officer, of commune B, is neither side).
     */
    /** A correction request of a new person of commune A, waiting for an answer (issue 17). */
    private static String freshCorrection() {
        World.Person asker = w.activatedPerson(
                "Người Đề Nghị " + UUID.randomUUID().toString().substring(0, 6), null);
        return created(api.post(
                asker.token(),
                "/api/v1/me/correction-requests",
                m("field", "FULL_NAME", "proposedValue", "Người Đề Nghị Sửa Tên", "reason", "Sai dấu")));
    }

    /** A knowledge page body with an address of its own (issue 17). */
    static Map<String, Object> knowledgePageBody() {
        return m(
                "slug", "atk-" + UUID.randomUUID().toString().substring(0, 8),
                "position", 900,
                "titleVi", "Trang thử",
                "summaryVi", "Tóm tắt",
                "bodyVi", "Nội dung thử.",
                "titleEn", "Test page",
                "bodyEn", "Test body.");
    }

    private static String freshKnowledgePage() {
        return created(api.post(w.admin, "/api/v1/knowledge-pages", knowledgePageBody()));
    }

    /** Issue 17: a course for officers, published by the supervisor of the test province (one question, answer 0). */
    private static String freshTrainingCourse() {
        return created(api.post(w.token("supervisor"), "/api/v1/training/courses", trainingCourseBody()));
    }

    static Map<String, Object> trainingCourseBody() {
        return m(
                "audience", "OFFICERS",
                "title", "Thủ tục quản lý sau cai",
                "summary", "Một bài ngắn",
                "passPercent", 80,
                "lessons",
                        List.of(m(
                                "title", "Quyết định quản lý",
                                "text", "Đọc kỹ quyết định.",
                                "questions",
                                        List.of(m(
                                                "text",
                                                "Ai quyết định?",
                                                "options",
                                                List.of("Chủ tịch xã", "Hàng xóm"),
                                                "correctOption",
                                                0)))));
    }

    private static String freshTransfer() {
        return created(api.post(
                w.token("officerA"),
                "/api/v1/cases/" + freshCase() + "/transfers",
                m("toUnitId", w.otherCommune, "moveDate", today(), "reason", "Chuyển về sống cùng gia đình")));
    }

    /** The newest reporting period that may be submitted today (the test provinces ask for the defaults). */
    private static String openPeriod() {
        vn.donghanh.report.periodic.ReportPeriods periods = bean(vn.donghanh.report.periodic.ReportPeriods.class);
        LocalDate today = LocalDate.now(CLOCK.withZone(VN));
        return periods.begunBy(null, today).stream()
                .filter(p -> !periods.opensOn(null, p).isAfter(today))
                .findFirst()
                .orElseThrow()
                .code();
    }

    /** A new version of commune A's report for the open period. */
    private static String freshSubmission() {
        return created(api.post(
                w.token("officerA"),
                "/api/v1/reports/periodic/" + openPeriod() + "/submissions",
                m("narrative", "Tình hình ổn định", "correctionReason", "Bổ sung số liệu")));
    }

    private static String freshAssignment() {
        return created(api.post(
                w.token("officerA"),
                "/api/v1/cases/" + freshCase() + "/assignments",
                m("mentorId", freshMentor(), "startDate", "2025-03-10")));
    }

    /** A mentor with room for mentees: each mentor helps at most two persons at once. */
    private static String freshMentor() {
        String key = "mentor" + UUID.randomUUID().toString().substring(0, 6);
        w.account(key, "MENTOR", w.communeA, w.womensUnionA, "Tình Nguyện Viên Thử");
        return w.id(key);
    }

    private static String freshPlan() {
        return created(api.post(
                w.token("officerA"),
                "/api/v1/cases/" + subject.caseId() + "/checkin-plans",
                m("kind", "OFFICE_PRESENCE", "rrule", "FREQ=WEEKLY;BYDAY=MO", "effectiveFrom", "2025-03-10")));
    }

    private static String freshHelpRequest() {
        return created(api.post(
                subject.token(),
                "/api/v1/cases/" + subject.caseId() + "/help-requests",
                m("id", UUID.randomUUID().toString(), "category", "CONFLICT")));
    }

    private static String freshOpportunity() {
        return created(api.post(
                w.token("officerA"),
                "/api/v1/opportunities",
                m(
                        "providerId",
                        victim.get("provider"),
                        "type",
                        "JOB",
                        "title",
                        "Thợ cơ khí " + UUID.randomUUID().toString().substring(0, 6),
                        "adminUnitId",
                        w.communeA)));
    }

    private static String freshReferral() {
        return created(api.post(
                w.token("officerA"),
                "/api/v1/cases/" + subject.caseId() + "/referrals",
                m(
                        "id",
                        UUID.randomUUID().toString(),
                        "opportunityId",
                        victim.get("opportunity"),
                        "note",
                        "Giới thiệu")));
    }

    /** A placement's first retention check (due months ahead; answering early is allowed). */
    private static String freshRetentionCheck() {
        String placed = freshReferral();
        step(subject.token(), placed, m("status", "ACCEPTED", "date", today(), "sharedFields", List.of("FULL_NAME")));
        step(w.token("officerA"), placed, m("status", "SENT", "date", today()));
        step(w.token("officerA"), placed, m("status", "PLACED", "date", today()));
        return one("SELECT id FROM retention_check WHERE referral_id = ? ORDER BY months LIMIT 1", placed);
    }

    private static String freshOccurrence(int daysAhead) {
        String series = created(api.post(
                w.token("officerA"),
                "/api/v1/cases/" + subject.caseId() + "/appointments",
                m(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "HEALTH_CHECK",
                        "placeId",
                        w.policeA,
                        "startsAt",
                        localAt(daysAhead, 8),
                        "durationMinutes",
                        30)));
        return one("SELECT id FROM appointment_occurrence WHERE series_id = ? ORDER BY starts_at LIMIT 1", series);
    }

    private static String pastOccurrence() {
        String startsAt = LocalDateTime.now(VN)
                        .minusHours(1)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString() + ":00";
        String series = created(api.post(
                w.token("officerA"),
                "/api/v1/cases/" + subject.caseId() + "/appointments",
                m(
                        "id",
                        UUID.randomUUID().toString(),
                        "type",
                        "DRUG_TEST",
                        "placeId",
                        w.policeA,
                        "startsAt",
                        startsAt,
                        "durationMinutes",
                        30)));
        return one("SELECT id FROM appointment_occurrence WHERE series_id = ? ORDER BY starts_at LIMIT 1", series);
    }

    private static Map<String, String> activationTarget() {
        Map<String, Object> body = World.caseBody(w.communeA, "Kích Hoạt Thử");
        String phone =
                "0936" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        body.put("phone", phone);
        String caseId = w.registerCase("officerA", body).get("id").asText();
        String code = api.post(w.token("officerA"), "/api/v1/cases/" + caseId + "/activation-code", null)
                .json()
                .get("code")
                .asText();
        return Map.of("phone", phone, "code", code);
    }

    private static String freshRefreshToken() {
        ApiResponse r = api.post(
                null, "/api/v1/auth/login", m("username", w.username("refreshTarget"), "password", World.PASSWORD));
        assertEquals(200, r.status(), r::toString);
        return r.json().get("refreshToken").asText();
    }

    private static String token(Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case ADMIN -> w.admin;
            case OFFICER -> w.token("officerA");
            case MENTOR -> w.token("mentorA1");
            case PERSON -> subject.token();
        };
    }

    private static String token(Attacker a) {
        return switch (a) {
            case OFFICER_OTHER_COMMUNE -> w.token("officerB");
            case MENTOR_NOT_ASSIGNED -> w.token("mentorA3");
            case PERSON_NOT_SUBJECT -> otherPerson.token();
        };
    }

    /**
     * Sends without any contract check, counts it, and keeps the body of every refusal for the
     * internals check. Half the requests ask for Vietnamese problems and half for English, so the
     * internals check reads both; by the label before its " (" so that the two requests compared
     * for a record of another commune (real id, then an id that does not exist) ask alike.
     */
    private static ApiResponse send(
            String label, String method, String token, String path, String body, String contentType) {
        requests.incrementAndGet();
        String language = Math.floorMod(label.split(" \\(", 2)[0].hashCode(), 2) == 0 ? "vi" : "en";
        ApiResponse r = api.raw(method, token, path, body, contentType, Map.of("Accept-Language", language));
        if (r.status() >= 400) {
            problemBodies.put(label + " [" + language + "]", r.text());
        }
        return r;
    }

    private static String problemShape(ApiResponse r) {
        if (!r.contentType().startsWith("application/problem+json")) {
            return "Content-Type is '" + r.contentType() + "', not application/problem+json";
        }
        if (!List.of("vi", "en").contains(String.valueOf(r.header("Content-Language")))) {
            return "Content-Language is '" + r.header("Content-Language") + "', not vi or en";
        }
        try {
            JsonNode p = JSON.readTree(r.body());
            if (p.path("status").asInt() != r.status()
                    || !p.path("type").isTextual()
                    || !p.path("title").isTextual()) {
                return "not a problem of status " + r.status() + " with type and title";
            }
        } catch (Exception e) {
            return "the problem body is not JSON";
        }
        return null;
    }

    private static String shorten(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…(" + s.length() + " chars)" : oneLine;
    }

    // ------------------------------------------------------------------------------------------
    // 1. Tokens
    // ------------------------------------------------------------------------------------------

    record Forgery(String name, Supplier<String> token) {}

    private static String sign(JWTClaimsSet claims) {
        try {
            ECKey ours = bean(JwtKeySet.class).signingKey();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES256)
                            .keyID(ours.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new ECDSASigner(ours));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hmac(JWTClaimsSet claims, byte[] secret, String kid) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(kid)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new MACSigner(Arrays.copyOf(secret, Math.max(32, secret.length))));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The genuine token with its payload replaced and the original signature kept. */
    private static String tampered(String genuine, JWTClaimsSet claims) {
        String[] parts = genuine.split("\\.");
        return parts[0] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    /** The claims without one of them, correctly signed; checked, so the forgery is what its name says. */
    private static String signedWithout(JWTClaimsSet claims, String name) {
        assertTrue(claims.getClaim(name) != null, () -> "the genuine token has no '" + name + "' to leave out");
        String token = sign(new JWTClaimsSet.Builder(claims).claim(name, null).build());
        try {
            assertEquals(
                    null,
                    SignedJWT.parse(token).getJWTClaimsSet().getClaim(name),
                    "the forged token still has " + name);
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    static List<Forgery> forgeries() throws Exception {
        String genuine = w.token("officerA");
        JWTClaimsSet claims = SignedJWT.parse(genuine).getJWTClaimsSet();
        ECKey publicKey = bean(JwtKeySet.class).signingKey().toPublicJWK();
        String kid = publicKey.getKeyID();
        Date now = new Date();
        Date hourAgo = new Date(now.getTime() - 3_600_000);
        String otherUnitPath = Sql.query(
                        "SELECT path FROM admin_unit WHERE id = ?", rs -> rs.getString(1), w.otherCommune)
                .get(0);
        String[] parts = genuine.split("\\.");
        return List.of(
                new Forgery("alg none, no signature", () -> new PlainJWT(claims).serialize()),
                new Forgery(
                        "alg NONE in the header, original signature kept",
                        () -> Base64.getUrlEncoder()
                                        .withoutPadding()
                                        .encodeToString(
                                                "{\"alg\":\"NONE\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                                + "." + parts[1] + "." + parts[2]),
                new Forgery("HS256 keyed with the public key (DER)", () -> {
                    try {
                        return hmac(claims, publicKey.toECPublicKey().getEncoded(), kid);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }),
                new Forgery(
                        "HS256 keyed with the public JWK (the JWKS entry)",
                        () -> hmac(claims, publicKey.toJSONString().getBytes(StandardCharsets.UTF_8), kid)),
                new Forgery("ES256 by another key with the service's kid", () -> {
                    try {
                        ECKey stranger =
                                new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
                        SignedJWT jwt = new SignedJWT(
                                new JWSHeader.Builder(JWSAlgorithm.ES256)
                                        .keyID(kid)
                                        .build(),
                                claims);
                        jwt.sign(new ECDSASigner(stranger));
                        return jwt.serialize();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }),
                new Forgery(
                        "role changed to ADMIN, signature kept",
                        () -> tampered(
                                genuine,
                                new JWTClaimsSet.Builder(claims)
                                        .claim("roles", List.of("ADMIN"))
                                        .build())),
                new Forgery(
                        "unit changed to another province's commune, signature kept",
                        () -> tampered(
                                genuine,
                                new JWTClaimsSet.Builder(claims)
                                        .claim("unitId", w.otherCommune)
                                        .claim("unitPath", otherUnitPath)
                                        .build())),
                new Forgery(
                        "subject changed to another account, signature kept",
                        () -> tampered(
                                genuine,
                                new JWTClaimsSet.Builder(claims)
                                        .subject(w.id("officerB"))
                                        .build())),
                new Forgery(
                        "expired a minute ago (correctly signed)",
                        () -> sign(new JWTClaimsSet.Builder(claims)
                                .issueTime(hourAgo)
                                .notBeforeTime(hourAgo)
                                .expirationTime(new Date(now.getTime() - 60_000))
                                .build())),
                new Forgery(
                        "not valid before an hour from now (correctly signed)",
                        () -> sign(new JWTClaimsSet.Builder(claims)
                                .notBeforeTime(new Date(now.getTime() + 3_600_000))
                                .build())),
                new Forgery(
                        "wrong issuer (correctly signed)",
                        () -> sign(new JWTClaimsSet.Builder(claims)
                                .issuer("someone-else")
                                .build())),
                new Forgery("no exp (correctly signed)", () -> signedWithout(claims, "exp")),
                new Forgery("no iat (correctly signed)", () -> signedWithout(claims, "iat")),
                new Forgery("no iss (correctly signed)", () -> signedWithout(claims, "iss")),
                new Forgery("not a JWT", () -> "abc.def.ghi"),
                new Forgery("empty", () -> ""));
    }

    static List<String> protectedReads() {
        return List.of("/api/v1/me", "/api/v1/cases/" + subject.caseId());
    }

    @Order(1)
    @TestFactory
    Stream<DynamicNode> forgedTokensAre401Problems() throws Exception {
        List<DynamicNode> out = new ArrayList<>();
        JWTClaimsSet claims = SignedJWT.parse(w.token("officerA")).getJWTClaimsSet();
        for (String path : protectedReads()) {
            List<DynamicTest> tests = new ArrayList<>();
            tests.add(DynamicTest.dynamicTest("control: a token signed with the service's key is accepted", () -> {
                ApiResponse r = send("token control GET " + path, "GET", sign(claims), path, null, null);
                assertEquals(200, r.status(), () -> "GET " + path + " with a genuine copy of the token: " + r);
            }));
            for (Forgery f : forgeries()) {
                tests.add(DynamicTest.dynamicTest(f.name() + " -> 401", () -> {
                    ApiResponse r = send(
                            "token '" + f.name() + "' GET " + path,
                            "GET",
                            f.token().get(),
                            path,
                            null,
                            null);
                    assertEquals(
                            401,
                            r.status(),
                            () -> "GET " + path + " with a token '" + f.name() + "': " + shorten(r.toString()));
                    String shape = problemShape(r);
                    assertEquals(null, shape, () -> "GET " + path + " with a token '" + f.name() + "': " + shape);
                }));
            }
            out.add(DynamicContainer.dynamicContainer("GET " + path, tests));
        }
        return out.stream();
    }

    @Order(2)
    @Test
    void reusingASpentRefreshTokenRevokesItsWholeFamilyAndOnlyIt() {
        String r1 = freshRefreshToken();
        String unrelated = freshRefreshToken();
        ApiResponse second = api.post(null, "/api/v1/auth/refresh", m("refreshToken", r1));
        assertEquals(200, second.status(), second::toString);
        String r2 = second.json().get("refreshToken").asText();
        ApiResponse third = api.post(null, "/api/v1/auth/refresh", m("refreshToken", r2));
        assertEquals(200, third.status(), third::toString);
        String r3 = third.json().get("refreshToken").asText();
        assertNotEquals(r2, r3);

        ApiResponse replay = send(
                "refresh replay",
                "POST",
                null,
                "/api/v1/auth/refresh",
                vn.donghanh.support.Api.write(m("refreshToken", r2)),
                JSON_TYPE);
        assertEquals(401, replay.status(), () -> "a spent refresh token presented again: " + replay);
        assertEquals(null, problemShape(replay), "the refusal of a spent refresh token");
        ApiResponse newest = send(
                "refresh after theft",
                "POST",
                null,
                "/api/v1/auth/refresh",
                vn.donghanh.support.Api.write(m("refreshToken", r3)),
                JSON_TYPE);
        assertEquals(
                401,
                newest.status(),
                () -> "the newest token of the family after the reuse of an older one: " + newest);
        assertEquals(null, problemShape(newest));
        ApiResponse first = send(
                "refresh first after theft",
                "POST",
                null,
                "/api/v1/auth/refresh",
                vn.donghanh.support.Api.write(m("refreshToken", r1)),
                JSON_TYPE);
        assertEquals(401, first.status(), () -> "the first token of the family: " + first);
        ApiResponse other = api.post(null, "/api/v1/auth/refresh", m("refreshToken", unrelated));
        assertEquals(
                200,
                other.status(),
                () -> "another session of the same account is another family and survives: " + other);
    }

    // ------------------------------------------------------------------------------------------
    // 2. Out-of-scope ids
    // ------------------------------------------------------------------------------------------

    static List<Operation> withPathParams() {
        return OpenApiOperations.all().stream()
                .filter(o -> !o.pathParams().isEmpty())
                .toList();
    }

    @Order(3)
    @Test
    void everyPathParameterIsKnownOrDeliberatelyNotScoped() {
        List<String> unknown = new ArrayList<>();
        for (Operation op : withPathParams()) {
            if (NOT_SCOPED.containsKey(op.operationId())
                    && NOT_SCOPED.get(op.operationId()).maySucceed().size() == Attacker.values().length) {
                continue;
            }
            for (PathParam p : op.pathParams()) {
                if (p.component() == null || !PATH_PARAM_KINDS.containsKey(p.component())) {
                    unknown.add(op + " {" + p.name() + "} (" + p.component() + ")");
                }
            }
        }
        assertEquals(
                List.of(),
                unknown,
                "path parameters the attack suite does not know: map their component to a record kind in"
                        + " PATH_PARAM_KINDS (and create such a record in setUp), or add the operation to NOT_SCOPED with the reason");
        Set<String> operationIds = new TreeSet<>();
        OpenApiOperations.all().forEach(o -> operationIds.add(o.operationId()));
        assertTrue(
                operationIds.containsAll(NOT_SCOPED.keySet()),
                "NOT_SCOPED names operations the contract no longer has: " + NOT_SCOPED.keySet());
    }

    @Order(4)
    @TestFactory
    Stream<DynamicNode> outOfScopeIdsAreNotFoundLikeIdsThatDoNotExist() {
        Map<String, Valid> valid = valid();
        Map<String, Map<String, String>> query = requiredQuery();
        List<DynamicNode> out = new ArrayList<>();
        for (Operation op : withPathParams()) {
            NotScoped exempt = NOT_SCOPED.get(op.operationId());
            List<DynamicTest> tests = new ArrayList<>();
            for (Attacker attacker : Attacker.values()) {
                if (exempt != null && exempt.maySucceed().contains(attacker)) {
                    continue;
                }
                String label = op + " as " + attacker;
                Map<String, ApiResponse[]> cache = new HashMap<>();
                Supplier<ApiResponse[]> probe =
                        () -> cache.computeIfAbsent("r", k -> probe(op, attacker, valid, query));
                tests.add(DynamicTest.dynamicTest(
                        attacker + " with commune A's record -> 403/404, as for an id that does not exist", () -> {
                            ApiResponse onReal = probe.get()[0];
                            ApiResponse onRandom = probe.get()[1];
                            assertTrue(
                                    onReal.status() == 403 || onReal.status() == 404,
                                    () -> label + " on a record of commune A: expected 403 or 404, got "
                                            + shorten(onReal.toString()));
                            assertEquals(null, problemShape(onReal), () -> label + ": " + problemShape(onReal));
                            assertEquals(
                                    onRandom.status(),
                                    onReal.status(),
                                    () -> label + ": a real record answers " + onReal.status()
                                            + " but an id that does not exist answers " + shorten(onRandom.toString())
                                            + " — existence is revealed");
                            assertEquals(
                                    onRandom.json().path("type"),
                                    onReal.json().path("type"),
                                    () -> label
                                            + ": the problem type tells a real record from an id that does not exist: "
                                            + shorten(onReal.text())
                                            + " vs " + shorten(onRandom.text()));
                        }));
                tests.add(DynamicTest.dynamicTest(
                        attacker + ": the problem's title and detail do not tell a real record either", () -> {
                            ApiResponse onReal = probe.get()[0];
                            ApiResponse onRandom = probe.get()[1];
                            for (String field : List.of("title", "detail")) {
                                assertEquals(
                                        onRandom.json().path(field),
                                        onReal.json().path(field),
                                        () -> label + ": the " + onReal.status()
                                                + " of a real record of commune A differs from the one of an id that does not exist in '"
                                                + field
                                                + "' (existence is revealed): " + shorten(onReal.text()) + " vs "
                                                + shorten(onRandom.text()));
                            }
                        }));
            }
            tests.add(DynamicTest.dynamicTest("malformed ids -> 4xx problem+json, never 5xx", () -> {
                List<String> wrong = new ArrayList<>();
                for (String bad :
                        List.of("not-a-uuid", "%27%20OR%20%271%27%3D%271", "..%2F..%2Fadmin", "x".repeat(1_000))) {
                    Map<String, String> values = new HashMap<>();
                    op.pathParams().forEach(p -> values.put(p.name(), bad));
                    String q = op.requiredQueryParams().isEmpty()
                            ? ""
                            : "?"
                                    + String.join(
                                            "&",
                                            op.requiredQueryParams().stream()
                                                    .map(n -> n + "="
                                                            + query.getOrDefault(op.operationId(), Map.of())
                                                                    .get(n))
                                                    .toList());
                    String body = op.hasJsonBody() && valid.containsKey(op.operationId())
                            ? vn.donghanh.support.Api.write(
                                    valid.get(op.operationId()).body().apply(caseTarget(victim.get("case"))))
                            : null;
                    ApiResponse r = send(
                            op + " with the id '" + shorten(bad) + "'",
                            op.method(),
                            w.token("officerA"),
                            op.expand(values) + q,
                            body,
                            body == null ? null : JSON_TYPE);
                    String shape = r.status() >= 400 && r.status() < 500 ? problemShape(r) : "status " + r.status();
                    if (shape != null) {
                        wrong.add("'" + shorten(bad) + "' -> " + shape + ": " + shorten(r.text()));
                    }
                }
                assertEquals(
                        List.of(),
                        wrong,
                        () -> op + " as the officer of commune A: malformed ids not refused with a 4xx problem:\n  "
                                + String.join("\n  ", wrong));
            }));
            out.add(DynamicContainer.dynamicContainer(op.toString(), tests));
        }
        return out.stream();
    }

    /** The operation called by the attacker on commune A's record and on an id that does not exist. */
    private static ApiResponse[] probe(
            Operation op, Attacker attacker, Map<String, Valid> valid, Map<String, Map<String, String>> query) {
        Map<String, String> real = new HashMap<>();
        Map<String, String> random = new HashMap<>();
        for (PathParam p : op.pathParams()) {
            String kind = PATH_PARAM_KINDS.get(p.component());
            assertTrue(kind != null && victim.containsKey(kind), () -> op + ": no record for {" + p.name() + "}");
            real.put(p.name(), victim.get(kind));
            random.put(p.name(), UUID.randomUUID().toString());
        }
        StringBuilder q = new StringBuilder();
        for (String name : op.requiredQueryParams()) {
            String value = query.getOrDefault(op.operationId(), Map.of()).get(name);
            assertTrue(
                    value != null,
                    () -> op + ": no value for the required query parameter " + name + " in requiredQuery()");
            q.append(q.length() == 0 ? "?" : "&").append(name).append('=').append(value);
        }
        String body = null;
        if (op.hasJsonBody()) {
            Valid v = valid.get(op.operationId());
            assertTrue(v != null, () -> op + ": no valid body in valid()");
            // A body the service accepts, so the refusal is about the record and not about the body.
            body = vn.donghanh.support.Api.write(v.body().apply(real));
        }
        String label = op + " as " + attacker;
        String type = body == null ? null : JSON_TYPE;
        ApiResponse onReal = send(label, op.method(), token(attacker), op.expand(real) + q, body, type);
        ApiResponse onRandom = send(
                label + " (an id that does not exist)",
                op.method(),
                token(attacker),
                op.expand(random) + q,
                body,
                type);
        return new ApiResponse[] {onReal, onRandom};
    }

    // ------------------------------------------------------------------------------------------
    // 3. Hostile bodies
    // ------------------------------------------------------------------------------------------

    record Hostile(String label, String body, String contentType) {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> props(Map<String, Object> schema) {
        return schema.get("properties") == null ? Map.of() : (Map<String, Object>) schema.get("properties");
    }

    @SuppressWarnings("unchecked")
    static List<String> required(Map<String, Object> schema) {
        return schema.get("required") == null ? List.of() : (List<String>) schema.get("required");
    }

    static String typeOf(Map<String, Object> s) {
        if (s.get("type") != null) {
            return s.get("type").toString();
        }
        return s.get("properties") != null ? "object" : "string";
    }

    static Map<String, JsonNode> otherTypes(String type) {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        all.put("string", TextNode.valueOf("wrong"));
        all.put("number", IntNode.valueOf(12345));
        all.put("boolean", BooleanNode.TRUE);
        all.put("object", JSON.createObjectNode().put("a", 1));
        all.put("array", JSON.createArrayNode().add("x"));
        String own = type.equals("integer") ? "number" : type;
        all.remove(own);
        if (type.equals("integer")) {
            all.put("fraction", DecimalNode.valueOf(new BigDecimal("1.5")));
            all.put("numeric string", TextNode.valueOf("5"));
        } else if (type.equals("boolean")) {
            all.put("string 'true'", TextNode.valueOf("true"));
        }
        return all;
    }

    static String nested(String open, String inner, String close, int depth) {
        return open.repeat(depth) + inner + close.repeat(depth);
    }

    /** The hostile bodies for one operation, built from its schema and a valid body. */
    @SuppressWarnings("unchecked")
    static List<Hostile> hostileBodies(Operation op, ObjectNode base) {
        Map<String, Object> schema = op.jsonBody();
        List<Hostile> out = new ArrayList<>();
        String baseText = base.toString();
        out.add(new Hostile("not JSON", "not json at all", JSON_TYPE));
        out.add(new Hostile("truncated JSON", baseText.substring(0, baseText.length() / 2), JSON_TYPE));
        out.add(new Hostile("empty body", "", JSON_TYPE));
        out.add(new Hostile("top-level array", "[" + baseText + "]", JSON_TYPE));
        out.add(new Hostile("top-level empty array", "[]", JSON_TYPE));
        out.add(new Hostile("top-level string", "\"" + "text" + "\"", JSON_TYPE));
        out.add(new Hostile("top-level number", "42", JSON_TYPE));
        out.add(new Hostile("top-level null", "null", JSON_TYPE));
        out.add(new Hostile("arrays nested 2,000 deep", nested("[", "1", "]", 2000), JSON_TYPE));
        out.add(new Hostile("objects nested 2,000 deep", nested("{\"a\":", "1", "}", 2000), JSON_TYPE));
        String firstString = props(schema).entrySet().stream()
                .filter(e -> typeOf((Map<String, Object>) e.getValue()).equals("string"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("x");
        out.add(new Hostile(
                "2 MB string (over the 1 MB limit)",
                "{\"" + firstString + "\": \"" + "a".repeat(2_000_000) + "\"}",
                JSON_TYPE));
        out.add(new Hostile("valid body as text/plain", baseText, "text/plain"));
        for (String field : required(schema)) {
            ObjectNode b = base.deepCopy();
            b.remove(field);
            out.add(new Hostile("required '" + field + "' missing", b.toString(), JSON_TYPE));
            out.add(new Hostile(
                    "required '" + field + "' null",
                    base.deepCopy().set(field, NullNode.getInstance()).toString(),
                    JSON_TYPE));
        }
        for (Map.Entry<String, Object> e : props(schema).entrySet()) {
            String field = e.getKey();
            Map<String, Object> fs = (Map<String, Object>) e.getValue();
            String type = typeOf(fs);
            Map<String, JsonNode> values = new LinkedHashMap<>();
            otherTypes(type).forEach((k, v) -> values.put(k + " for " + type, v));
            if (type.equals("string")) {
                values.put("NUL character", TextNode.valueOf("a\u0000b"));
                values.put("control characters", TextNode.valueOf("a\u0001\u0007\u001b[31mb"));
                values.put("10,000 characters", TextNode.valueOf("x".repeat(10_000)));
                if (fs.get("enum") != null) {
                    List<Object> en = (List<Object>) fs.get("enum");
                    values.put("unknown enum value", TextNode.valueOf("NOT_A_" + en.get(0)));
                    values.put(
                            "enum value in lower case",
                            TextNode.valueOf(en.get(0).toString().toLowerCase(java.util.Locale.ROOT)));
                    values.put("empty enum value", TextNode.valueOf(""));
                }
                String format = String.valueOf(fs.get("format"));
                if (format.equals("date")) {
                    values.put("date 0000-01-01", TextNode.valueOf("0000-01-01"));
                    values.put("date 9999-12-31", TextNode.valueOf("9999-12-31"));
                    values.put("date 2025-02-30", TextNode.valueOf("2025-02-30"));
                    values.put("date 17/05/1990", TextNode.valueOf("17/05/1990"));
                } else if (format.equals("date-time")) {
                    values.put("instant 0000-01-01", TextNode.valueOf("0000-01-01T00:00:00Z"));
                    values.put("instant 9999-12-31", TextNode.valueOf("9999-12-31T23:59:59Z"));
                    values.put("instant without offset", TextNode.valueOf("2026-11-20T07:30:00"));
                } else if (format.equals("uuid")) {
                    values.put("not a UUID", TextNode.valueOf("not-a-uuid"));
                    if (!field.equals("id")) {
                        values.put(
                                "a UUID of nothing",
                                TextNode.valueOf(UUID.randomUUID().toString()));
                    }
                } else if (String.valueOf(fs.get("pattern")).contains("T\\d{2}")) {
                    values.put("local time 0000-01-01", TextNode.valueOf("0000-01-01T00:00:00"));
                    values.put("local time 9999-12-31", TextNode.valueOf("9999-12-31T23:59:59"));
                    values.put("local time 2026-02-30", TextNode.valueOf("2026-02-30T10:00:00"));
                }
            } else if (type.equals("integer") || type.equals("number")) {
                if (fs.get("minimum") instanceof Number min) {
                    values.put(
                            "below the minimum " + min,
                            BigIntegerNode.valueOf(BigInteger.valueOf(min.longValue() - 1)));
                    if (min.longValue() >= 0) {
                        values.put("negative", IntNode.valueOf(-1));
                    }
                }
                if (fs.get("maximum") instanceof Number max) {
                    values.put(
                            "above the maximum " + max,
                            BigIntegerNode.valueOf(
                                    BigInteger.valueOf(max.longValue()).add(BigInteger.ONE)));
                }
                if ("int32".equals(fs.get("format"))) {
                    values.put("over int32", LongNode.valueOf(2_147_483_648L));
                }
                values.put("10^20 (over int64)", BigIntegerNode.valueOf(BigInteger.TEN.pow(20)));
                values.put(
                        "-10^20", BigIntegerNode.valueOf(BigInteger.TEN.pow(20).negate()));
            } else if (type.equals("array")) {
                Map<String, Object> items = fs.get("items") == null ? Map.of() : (Map<String, Object>) fs.get("items");
                String itemType = typeOf(items);
                otherTypes(itemType)
                        .forEach((k, v) -> values.put(
                                "item: " + k + " for " + itemType,
                                JSON.createArrayNode().add(v)));
                values.put("item: null", JSON.createArrayNode().add(NullNode.getInstance()));
                if (itemType.equals("string")) {
                    values.put("item: NUL character", JSON.createArrayNode().add("a\u0000b"));
                    values.put("item: 10,000 characters", JSON.createArrayNode().add("x".repeat(10_000)));
                    if (items.get("enum") != null) {
                        values.put(
                                "item: unknown enum value",
                                JSON.createArrayNode().add("NOT_A_VALUE"));
                    }
                    if ("uuid".equals(items.get("format"))) {
                        values.put("item: not a UUID", JSON.createArrayNode().add("not-a-uuid"));
                    }
                }
                ArrayNode many = JSON.createArrayNode();
                for (int i = 0; i < 10_000; i++) {
                    many.add(
                            base.path(field).path(0).isMissingNode()
                                    ? TextNode.valueOf("x")
                                    : base.path(field).path(0));
                }
                values.put("10,000 items", many);
            }
            Set<String> allowed = CONTRACT_ALLOWS.getOrDefault(op.operationId() + "." + field, Set.of());
            values.forEach((label, value) -> {
                if (!allowed.contains(label)) {
                    out.add(new Hostile(
                            "'" + field + "': " + label,
                            base.deepCopy().set(field, value).toString(),
                            JSON_TYPE));
                }
            });
        }
        return out;
    }

    static List<Operation> withJsonBodies() {
        return OpenApiOperations.all().stream().filter(Operation::hasJsonBody).toList();
    }

    record BatchResult(List<String> refusalsWrong, List<String> changedTables, String control, int sent) {}

    /** The sign-in operations: a refused attempt is counted against the account and audited (see attackWithBodies). */
    static final Set<String> AUTH_OPERATIONS = Set.of("staffLogin", "personLogin", "activateAccount");

    @SuppressWarnings("unchecked")
    static BatchResult attackWithBodies(Operation op, Valid v) {
        Map<String, String> target = new HashMap<>();
        if (v.target() != null) {
            target.putAll(v.target().get());
        }
        for (PathParam p : op.pathParams()) {
            if (!target.containsKey(p.name())) {
                String kind = PATH_PARAM_KINDS.get(p.component());
                assertTrue(kind != null, () -> op + ": no record kind for {" + p.name() + "}");
                target.put(p.name(), victim.get(kind));
            }
        }
        ObjectNode base = JSON.valueToTree(v.body().apply(target));
        String path = op.expand(target);
        String token = token(v.caller());
        List<Hostile> hostile = hostileBodies(op, base);
        // A wrong password, PIN or activation code is counted against the account (a row update) and audited as
        // LOGIN_FAILED (a new audit row): that is the lockout working, not a write of the hostile body. So for the
        // sign-in operations the account table is compared by row count only and the audit tables are left out.
        // Each attempt on a rate-limited endpoint (sign-in and refresh) is counted in rate_limit_bucket: that is
        // the limit working too. Everywhere else every table is compared whole: a refused request audits nothing.
        boolean signIn = AUTH_OPERATIONS.contains(op.operationId());
        Set<String> countOnly = signIn ? Set.of("account") : Set.of();
        Set<String> ignored = signIn
                ? Set.of("audit_event", "audit_chain_head", "rate_limit_bucket")
                : "refreshTokens".equals(op.operationId()) ? Set.of("rate_limit_bucket") : Set.of();
        TableSnapshot before = TableSnapshot.take(countOnly, ignored);
        List<String> wrong = new ArrayList<>();
        for (Hostile h : hostile) {
            String body = h.body();
            if (base.has("id") && body.contains(base.get("id").asText())) {
                // A client-chosen id: fresh for every attempt, so an accepted body is a 201, not an idempotent replay.
                body = body.replace(base.get("id").asText(), UUID.randomUUID().toString());
            }
            ApiResponse r = send(op + " with " + h.label(), op.method(), token, path, body, h.contentType());
            if (r.status() < 400 || r.status() >= 500) {
                wrong.add(h.label() + " -> " + shorten(r.toString()));
            } else {
                String shape = problemShape(r);
                if (shape != null) {
                    wrong.add(h.label() + " -> " + r.status() + ": " + shape);
                }
            }
        }
        List<String> changed = TableSnapshot.take(countOnly, ignored).changedSince(before);
        // The control starts again from a fresh record and body, so a hostile body the service wrongly accepted
        // (and which may have spent the record) does not make the control fail too.
        Map<String, String> controlTarget =
                v.target() == null ? target : new HashMap<>(v.target().get());
        for (PathParam p : op.pathParams()) {
            controlTarget.putIfAbsent(p.name(), target.get(p.name()));
        }
        ApiResponse c = send(
                op + " control",
                op.method(),
                token,
                op.expand(controlTarget),
                vn.donghanh.support.Api.write(v.body().apply(controlTarget)),
                JSON_TYPE);
        String controlProblem = c.status() >= 200 && c.status() < 300 ? null : shorten(c.toString());
        return new BatchResult(wrong, changed, controlProblem, hostile.size() + 1);
    }

    @Order(5)
    @Test
    void everyJsonOperationHasAValidBody() {
        Map<String, Valid> valid = valid();
        List<String> missing = withJsonBodies().stream()
                .filter(o -> !valid.containsKey(o.operationId()))
                .map(Operation::toString)
                .toList();
        assertEquals(
                List.of(),
                missing,
                "JSON operations without a valid request in valid(): add one (caller, record, body)");
        Set<String> ids = new TreeSet<>();
        withJsonBodies().forEach(o -> ids.add(o.operationId()));
        assertTrue(
                ids.containsAll(valid.keySet()),
                "valid() names operations the contract no longer has (or that take no JSON body)");
    }

    @Order(6)
    @TestFactory
    Stream<DynamicNode> hostileBodiesAreRefusedAndWriteNothing() {
        Map<String, Valid> valid = valid();
        List<DynamicNode> out = new ArrayList<>();
        for (Operation op : withJsonBodies()) {
            Valid v = valid.get(op.operationId());
            if (v == null) {
                continue;
            }
            Map<String, BatchResult> result = new HashMap<>();
            Supplier<BatchResult> batch = () -> result.computeIfAbsent("r", k -> attackWithBodies(op, v));
            out.add(DynamicContainer.dynamicContainer(
                    op.toString(),
                    List.of(
                            DynamicTest.dynamicTest("every hostile body is a 4xx problem+json", () -> {
                                BatchResult r = batch.get();
                                assertEquals(
                                        List.of(),
                                        r.refusalsWrong(),
                                        () -> op + " as " + v.caller() + ": "
                                                + r.refusalsWrong().size()
                                                + " of " + r.sent()
                                                + " hostile bodies were not refused with a 4xx problem+json:\n  "
                                                + String.join("\n  ", r.refusalsWrong()));
                            }),
                            DynamicTest.dynamicTest("nothing was written", () -> {
                                BatchResult r = batch.get();
                                assertEquals(
                                        List.of(),
                                        r.changedTables(),
                                        () -> op + ": the hostile bodies changed the database:\n  "
                                                + String.join("\n  ", r.changedTables()));
                            }),
                            DynamicTest.dynamicTest("control: the valid body is accepted", () -> {
                                BatchResult r = batch.get();
                                assertEquals(
                                        null,
                                        r.control(),
                                        () -> op + " as " + v.caller()
                                                + ": the valid body the hostile ones were made from"
                                                + " was refused, so the batch proves less than it should");
                            }))));
        }
        return out.stream();
    }

    // ------------------------------------------------------------------------------------------
    // Every refusal the suite saw
    // ------------------------------------------------------------------------------------------

    @Order(7)
    @Test
    void noProblemBodyNamesJavaOrFrameworkInternals() {
        assertTrue(
                problemBodies.size() > 100,
                "the suite should have collected its refusals first: " + problemBodies.size());
        for (String language : List.of("vi", "en")) {
            assertTrue(
                    problemBodies.keySet().stream()
                                    .filter(k -> k.endsWith("[" + language + "]"))
                                    .count()
                            > 50,
                    () -> "the suite should have read refusals in " + language + " too");
        }
        // Grouped by operation (the request labels start with it), with one example each.
        Map<String, List<String>> leaks = new java.util.TreeMap<>();
        problemBodies.forEach((request, body) -> {
            java.util.regex.Matcher m = INTERNALS.matcher(body);
            if (m.find()) {
                String operation = request.contains(" (") ? request.substring(0, request.indexOf(" (")) : request;
                leaks.computeIfAbsent(operation, k -> new ArrayList<>())
                        .add(request + ": '" + m.group() + "' in " + shorten(body));
            }
        });
        int total = leaks.values().stream().mapToInt(List::size).sum();
        StringBuilder msg = new StringBuilder();
        leaks.forEach((operation, found) -> msg.append("\n  ")
                .append(operation)
                .append(": ")
                .append(found.size())
                .append(" bodies, e.g. ")
                .append(found.stream().sorted().findFirst().orElseThrow()));
        assertEquals(
                0,
                total,
                () -> total + " of " + problemBodies.size() + " problem bodies name Java or framework internals, in "
                        + leaks.size() + " operations:" + msg);
    }
}
