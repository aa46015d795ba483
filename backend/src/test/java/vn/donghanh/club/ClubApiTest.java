package vn.donghanh.club;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.donghanh.support.ApiResponse;
import vn.donghanh.support.IntegrationTest;
import vn.donghanh.support.World;

/**
 * Peer clubs through the API (issue 17), with the service's clock on Friday 20 November 2026, 10:00 in Vietnam;
 * each club's first meeting was Thursday 19 November at 19:00, weekly. Every exchange is checked against the
 * contract by {@link vn.donghanh.support.Api}.
 */
class ClubApiTest extends IntegrationTest {
    static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
    static final String FIRST_MEETING = "2026-11-19T19:00:00+07:00";
    static final String CLUB_NAME = "Câu lạc bộ đồng đẳng \"Vượt lên chính mình\" – Đồng Hỷ";
    static World w;

    @BeforeAll
    static void world() {
        w = World.create(api);
    }

    @BeforeEach
    void fixTheClock() {
        CLOCK.set(NOW);
    }

    private String createClub(String staffKey) {
        ApiResponse r = api.post(w.token(staffKey), "/api/v1/clubs", clubBody());
        assertEquals(201, r.status(), r::toString);
        return r.json().get("id").asText();
    }

    private Map<String, Object> clubBody() {
        Map<String, Object> body = new HashMap<>();
        body.put("id", UUID.randomUUID().toString());
        body.put("organisationId", w.youthUnionA);
        body.put("communeIds", List.of(w.communeA));
        body.put("name", CLUB_NAME);
        body.put("description", "Sinh hoạt tối thứ Năm ở nhà văn hóa tổ 5");
        body.put("startsAt", "2026-11-19T19:00");
        body.put("durationMinutes", 90);
        body.put("rrule", "FREQ=WEEKLY");
        return body;
    }

    private ApiResponse join(String token, String club, String alias, boolean showName) {
        return api.put(token, "/api/v1/clubs/" + club + "/membership", Map.of("alias", alias, "showName", showName));
    }

    private String memberId(String token, String club, String alias, boolean showName) {
        ApiResponse r = join(token, club, alias, showName);
        assertEquals(200, r.status(), r::toString);
        assertEquals(alias, r.json().get("alias").asText(), "the alias round-trips exactly");
        return r.json().get("memberId").asText();
    }

    private ApiResponse post(String token, String club, String text) {
        return api.post(
                token,
                "/api/v1/clubs/" + club + "/posts",
                Map.of("id", UUID.randomUUID().toString(), "text", text));
    }

    private ApiResponse attend(String staffKey, String club, String startsAt, List<String> memberIds) {
        return api.post(
                w.token(staffKey),
                "/api/v1/clubs/" + club + "/attendance",
                Map.of("startsAt", startsAt, "memberIds", memberIds));
    }

    private void groupActivityPlan(String caseId) {
        ApiResponse r = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + caseId + "/checkin-plans",
                Map.of(
                        "kind",
                        "GROUP_ACTIVITY",
                        "rrule",
                        "FREQ=WEEKLY;BYDAY=TH",
                        "grace",
                        "PT0S",
                        "effectiveFrom",
                        "2026-11-19"));
        assertEquals(201, r.status(), r::toString);
    }

    private JsonNode groupActivityCompliance(String token, String caseId) {
        ApiResponse r = api.get(token, "/api/v1/cases/" + caseId + "/compliance?from=2026-11-01&to=2026-12-01");
        assertEquals(200, r.status(), r::toString);
        for (JsonNode p : r.json().get("plans")) {
            if (p.get("kind").asText().equals("GROUP_ACTIVITY")) {
                return p;
            }
        }
        throw new AssertionError("no GROUP_ACTIVITY plan in " + r);
    }

    private List<JsonNode> posts(String token, String club, String query) {
        ApiResponse r = api.get(token, "/api/v1/clubs/" + club + "/posts" + query);
        assertEquals(200, r.status(), r::toString);
        List<JsonNode> out = new ArrayList<>();
        r.json().get("items").forEach(out::add);
        return out;
    }

    /** The "done when": a person joins under an alias, attends a meeting (counted), posts, a mentor hides it. */
    @Test
    void aPersonJoinsUnderAnAliasAttendsAMeetingCountedInSupervisionPostsAndAMentorHidesThePost() {
        World.Person person = w.activatedPerson("Lò Văn Đồng Đẳng", "mentorA1");
        World.Person other = w.activatedPerson("Hà Thị Bạn Bè", null);
        groupActivityPlan(person.caseId());
        String club = createClub("mentorA1");

        JsonNode listed = api.get(person.token(), "/api/v1/clubs").json();
        assertTrue(listed.toString().contains(club), "the club of their commune is listed: " + listed);
        String me = memberId(person.token(), club, "Hoa Ban Trắng", false);
        memberId(other.token(), club, "Sơn Ca", false);

        ApiResponse attended = attend("mentorA1", club, FIRST_MEETING, List.of(me));
        assertEquals(200, attended.status(), attended::toString);
        assertEquals(1, attended.json().get("attendedCount").asInt());
        assertEquals(me, attended.json().get("attendees").get(0).asText());
        JsonNode kept = groupActivityCompliance(w.token("officerA"), person.caseId());
        assertEquals(1, kept.get("expected").asInt(), "Thursday the 19th is due and over");
        assertEquals(1, kept.get("satisfied").asInt(), "the meeting attended counts as the group activity kept");
        assertEquals(100, kept.get("percent").asInt());
        assertNull(kept.get("overdueSince"));
        JsonNode checkins = api.get(person.token(), "/api/v1/cases/" + person.caseId() + "/checkins")
                .json()
                .get("items");
        assertEquals("GROUP_ACTIVITY", checkins.get(0).get("kind").asText());
        assertEquals("2026-11-19T12:00:00Z", checkins.get(0).get("occurredAt").asText());

        ApiResponse posted = post(person.token(), club, "Tuần này mình đi làm đủ 6 ngày. Cảm ơn cả nhóm!");
        assertEquals(201, posted.status(), posted::toString);
        String postId = posted.json().get("id").asText();
        assertEquals("Hoa Ban Trắng", posted.json().get("alias").asText());
        assertEquals(
                "Tuần này mình đi làm đủ 6 ngày. Cảm ơn cả nhóm!",
                posts(other.token(), club, "").get(0).get("text").asText());

        ApiResponse hidden = api.post(
                w.token("mentorA1"),
                "/api/v1/clubs/" + club + "/posts/" + postId + "/hide",
                Map.of("reason", "Nêu chỗ làm cụ thể, dễ bị nhận ra"));
        assertEquals(200, hidden.status(), hidden::toString);
        assertTrue(hidden.json().get("hidden").asBoolean());
        assertEquals(
                "Nêu chỗ làm cụ thể, dễ bị nhận ra",
                hidden.json().get("hiddenReason").asText());
        assertTrue(posts(other.token(), club, "").isEmpty(), "a hidden post disappears for the members");
        assertTrue(posts(person.token(), club, "").isEmpty(), "also for its author");
        JsonNode forModerator = posts(w.token("officerA"), club, "").get(0);
        assertTrue(forModerator.get("hidden").asBoolean(), "moderators still see it");
        assertEquals(
                "Nêu chỗ làm cụ thể, dễ bị nhận ra",
                forModerator.get("hiddenReason").asText());
    }

    /**
     * Two persons pick the same alias at the same moment: both pass the check before either writes, the unique key
     * decides, and the loser gets the same 409 naming {@code alias} as a later duplicate would, never a 500.
     */
    @Test
    void twoPersonsTakingTheSameAliasAtOnceOneWinsTheOtherIsToldWhy() throws Exception {
        String club = createClub("officerA");
        for (int round = 0; round < 10; round++) {
            World.Person a = w.activatedPerson("Lê Văn Cùng Lúc " + round, null);
            World.Person b = w.activatedPerson("Vũ Thị Cùng Lúc " + round, null);
            String alias = "Sen Hồng " + round;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var first = two.submit(() -> {
                    start.await();
                    return join(a.token(), club, alias, false);
                });
                var second = two.submit(() -> {
                    start.await();
                    return join(b.token(), club, alias, false);
                });
                List<ApiResponse> both = List.of(first.get(), second.get());
                List<Integer> statuses = new ArrayList<>();
                for (ApiResponse r : both) statuses.add(r.status());
                statuses.sort(null);
                assertEquals(List.of(200, 409), statuses, both::toString);
                ApiResponse lost = both.get(0).status() == 409 ? both.get(0) : both.get(1);
                assertEquals(List.of("alias"), lost.problemFields(), lost::toString);
            } finally {
                two.shutdownNow();
            }
            long holders = 0;
            for (JsonNode m : api.get(w.token("officerA"), "/api/v1/clubs/" + club + "/members")
                    .json()) {
                if (m.get("alias").asText().equals(alias)) holders++;
            }
            assertEquals(1, holders, "one member holds the alias; the loser is not half-joined");
        }
    }

    @Test
    void membershipIsByAliasAndOnlyMembersAndModeratorsSeeInside() {
        World.Person a = w.activatedPerson("Nguyễn Văn Thành Viên", null);
        World.Person b = w.activatedPerson("Trần Thị Hiện Tên", null);
        World.Person outsider = w.activatedPerson("Phạm Văn Chưa Vào", null);
        String club = createClub("officerA");
        JsonNode card = api.get(a.token(), "/api/v1/clubs/" + club).json();
        assertEquals(CLUB_NAME, card.get("name").asText(), "Vietnamese round-trips exactly");
        assertEquals("2026-11-26T12:00:00Z", card.get("nextMeetingAt").asText());
        assertFalse(card.get("moderator").asBoolean());

        String aId = memberId(a.token(), club, "Hoa Ban", false);
        ApiResponse taken = join(b.token(), club, "hoa  BAN", true);
        assertEquals(409, taken.status(), taken::toString);
        assertEquals(List.of("alias"), taken.problemFields());
        String bId = memberId(b.token(), club, "Hòa Ban", true); // another name: the accent makes it one

        JsonNode members =
                api.get(a.token(), "/api/v1/clubs/" + club + "/members").json();
        assertEquals(2, members.size());
        for (JsonNode m : members) {
            assertNull(m.get("caseId"), "members never see each other's case");
            assertNull(m.get("phone"));
            if (m.get("memberId").asText().equals(aId)) {
                assertNull(m.get("name"), "a hidden name stays hidden");
                assertTrue(m.get("you").asBoolean());
            } else {
                assertEquals(bId, m.get("memberId").asText());
                assertEquals("Trần Thị Hiện Tên", m.get("name").asText(), "shown by her own choice");
            }
        }
        String asText = members.toString();
        assertFalse(asText.contains("Nguyễn Văn Thành Viên"), asText);
        assertFalse(asText.contains(a.phone()), asText);
        JsonNode forOfficer = api.get(w.token("officerA"), "/api/v1/clubs/" + club + "/members")
                .json();
        assertTrue(forOfficer.toString().contains(a.caseId()), "a member's case is visible to moderators");

        // Outside the club: a person of the commune sees the card only; officers elsewhere see nothing at all.
        assertEquals(200, api.get(outsider.token(), "/api/v1/clubs/" + club).status());
        assertEquals(
                404,
                api.get(outsider.token(), "/api/v1/clubs/" + club + "/members").status());
        assertEquals(
                404,
                api.get(outsider.token(), "/api/v1/clubs/" + club + "/posts").status());
        assertEquals(
                404,
                api.get(outsider.token(), "/api/v1/clubs/" + club + "/meetings").status());
        for (String key : List.of("officerOther", "officerB", "mentorOther")) {
            assertEquals(404, api.get(w.token(key), "/api/v1/clubs/" + club).status(), key);
            assertEquals(
                    404,
                    api.get(w.token(key), "/api/v1/clubs/" + club + "/members").status(),
                    key);
            assertEquals(
                    404,
                    api.get(w.token(key), "/api/v1/clubs/" + club + "/posts").status(),
                    key);
            assertFalse(api.get(w.token(key), "/api/v1/clubs").text().contains(club), key);
        }
        assertEquals(
                404,
                api.get(w.token("officerOther"), "/api/v1/clubs/" + UUID.randomUUID())
                        .status(),
                "as for a club that does not exist");

        // Leaving frees the alias; leaving twice is 404.
        assertEquals(
                204,
                api.send("DELETE", a.token(), "/api/v1/clubs/" + club + "/membership", null, null)
                        .status());
        assertEquals(
                404,
                api.send("DELETE", a.token(), "/api/v1/clubs/" + club + "/membership", null, null)
                        .status());
        assertEquals(
                404, api.get(a.token(), "/api/v1/clubs/" + club + "/members").status(), "no longer inside");
        assertEquals(200, join(outsider.token(), club, "Hoa Ban", false).status(), "the alias is free again");
        assertEquals(
                1 + 1,
                api.get(w.token("officerA"), "/api/v1/clubs/" + club)
                        .json()
                        .get("memberCount")
                        .asInt());

        // Nobody joins for a person; a supervisor sees no clubs.
        assertEquals(403, join(w.token("officerA"), club, "Cán Bộ", false).status());
        assertEquals(403, api.get(w.token("supervisor"), "/api/v1/clubs").status());
    }

    @Test
    void badAliasesAreRefusedNamingTheFieldInEnglishAndVietnamese() {
        // A person's problems are in their case's language: one person reads English, the other Vietnamese.
        World.Person en = w.activatedPerson("Đặng Văn Biệt Hiệu", null, "en");
        World.Person p = w.activatedPerson("Đặng Văn Biệt Danh", null);
        String club = createClub("mentorA1");
        List<String[]> cases = List.of(
                new String[] {"A", "must be 2 to 40 characters", "phải có từ 2 đến 40 ký tự"},
                new String[] {"Gọi 0912 345 678", "must not contain a phone number", "không được chứa số điện thoại"},
                new String[] {
                    "<b>Hoa</b>",
                    "may hold letters, digits, spaces and . - _ only",
                    "chỉ được gồm chữ, số, dấu cách và . - _"
                },
                new String[] {
                    "OWN NAME",
                    "must not be your real name; choose showName to show it",
                    "không được là tên thật của bạn; muốn hiện tên thật thì chọn showName"
                });
        for (String[] c : cases) {
            String alias = c[0];
            ApiResponse inEnglish =
                    join(en.token(), club, alias.equals("OWN NAME") ? "dang van biet hieu" : alias, false);
            assertEquals(400, inEnglish.status(), inEnglish::toString);
            assertEquals("application/problem+json", inEnglish.contentType());
            assertEquals(
                    "alias", inEnglish.json().get("errors").get(0).get("field").asText());
            assertEquals(
                    c[1], inEnglish.json().get("errors").get(0).get("message").asText(), alias);
            ApiResponse vi = api.send(
                    "PUT",
                    p.token(),
                    "/api/v1/clubs/" + club + "/membership",
                    vn.donghanh.support.Api.write(Map.of(
                            "alias", alias.equals("OWN NAME") ? "dang van biet danh" : alias, "showName", false)),
                    "application/json",
                    Map.of("Accept-Language", "vi"));
            assertEquals(400, vi.status(), vi::toString);
            assertEquals(c[2], vi.json().get("errors").get(0).get("message").asText(), alias);
        }
        ApiResponse taken = api.send(
                "PUT",
                w.activatedPerson("Vũ Thị Trùng Tên", null).token(),
                "/api/v1/clubs/" + club + "/membership",
                vn.donghanh.support.Api.write(Map.of("alias", "Mây Trắng", "showName", false)),
                "application/json",
                Map.of());
        assertEquals(200, taken.status(), taken::toString);
        ApiResponse again = api.send(
                "PUT",
                p.token(),
                "/api/v1/clubs/" + club + "/membership",
                vn.donghanh.support.Api.write(Map.of("alias", "mây trắng", "showName", false)),
                "application/json",
                Map.of("Accept-Language", "vi"));
        assertEquals(409, again.status(), again::toString);
        assertEquals(
                "đã có thành viên khác dùng trong câu lạc bộ này",
                again.json().get("errors").get(0).get("message").asText());

        // A club's schedule is validated as appointments are.
        Map<String, Object> bad = clubBody();
        bad.put("rrule", "FREQ=HOURLY");
        ApiResponse hourly = api.post(w.token("mentorA1"), "/api/v1/clubs", bad);
        assertEquals(400, hourly.status(), hourly::toString);
        assertEquals(List.of("rrule"), hourly.problemFields());
        Map<String, Object> elsewhere = clubBody();
        elsewhere.put("communeIds", List.of(w.otherCommune));
        ApiResponse outside = api.post(w.token("mentorA1"), "/api/v1/clubs", elsewhere);
        assertEquals(400, outside.status(), outside::toString);
        assertEquals(List.of("communeIds"), outside.problemFields());
    }

    @Test
    void attendanceIsRecordedOnceForAMeetingThatHasBegunByModeratorsOnly() {
        World.Person here = w.activatedPerson("Bùi Văn Có Mặt", null);
        World.Person away = w.activatedPerson("Hồ Thị Vắng Mặt", null);
        groupActivityPlan(here.caseId());
        groupActivityPlan(away.caseId());
        String club = createClub("officerA");
        String hereId = memberId(here.token(), club, "Có Mặt", false);
        memberId(away.token(), club, "Vắng Mặt", false);

        assertEquals(
                200, attend("officerA", club, FIRST_MEETING, List.of(hereId)).status());
        ApiResponse twice = attend("mentorA1", club, FIRST_MEETING, List.of(hereId));
        assertEquals(200, twice.status(), twice::toString);
        assertEquals(1, twice.json().get("attendedCount").asInt(), "a second record changes nothing");
        assertEquals(
                1,
                api.get(w.token("officerA"), "/api/v1/cases/" + here.caseId() + "/checkins")
                        .json()
                        .get("items")
                        .size());
        assertEquals(
                1,
                groupActivityCompliance(w.token("officerA"), here.caseId())
                        .get("satisfied")
                        .asInt());
        JsonNode missed = groupActivityCompliance(w.token("officerA"), away.caseId());
        assertEquals(0, missed.get("satisfied").asInt());
        assertEquals(1, missed.get("expected").asInt());

        ApiResponse future = attend("officerA", club, "2026-11-26T19:00:00+07:00", List.of(hereId));
        assertEquals(422, future.status(), future::toString);
        ApiResponse notAMeeting = attend("officerA", club, "2026-11-19T18:00:00+07:00", List.of(hereId));
        assertEquals(400, notAMeeting.status(), notAMeeting::toString);
        assertEquals(List.of("startsAt"), notAMeeting.problemFields());
        ApiResponse stranger = attend(
                "officerA", club, FIRST_MEETING, List.of(UUID.randomUUID().toString()));
        assertEquals(400, stranger.status(), stranger::toString);
        assertEquals(List.of("memberIds"), stranger.problemFields());
        assertEquals(
                404,
                attend("officerOther", club, FIRST_MEETING, List.of(hereId)).status());
        ApiResponse byMember = api.post(
                here.token(),
                "/api/v1/clubs/" + club + "/attendance",
                Map.of("startsAt", FIRST_MEETING, "memberIds", List.of(hereId)));
        assertEquals(403, byMember.status(), byMember::toString);

        JsonNode meetings = api.get(here.token(), "/api/v1/clubs/" + club + "/meetings?from=2026-11-16&to=2026-11-30")
                .json();
        assertEquals(2, meetings.size(), "the 19th and the 26th");
        assertTrue(meetings.get(0).get("youAttended").asBoolean());
        assertNull(meetings.get(0).get("attendees"), "members do not see who came");

        // A group activity is recorded through a club only, not as a plain check-in.
        ApiResponse direct = api.post(
                w.token("officerA"),
                "/api/v1/cases/" + away.caseId() + "/checkins",
                Map.of("id", UUID.randomUUID().toString(), "kind", "GROUP_ACTIVITY", "occurredAt", FIRST_MEETING));
        assertEquals(403, direct.status(), direct::toString);
    }

    @Test
    void membersPostAndReportModeratorsHideAndTheNotificationIsDiscreet() {
        World.Person author = w.activatedPerson("Lê Văn Viết Bài", null);
        World.Person reader = w.activatedPerson("Mai Thị Đọc Tin", null);
        World.Person outsider = w.activatedPerson("Đinh Văn Người Ngoài", null);
        String club = createClub("mentorA1");
        memberId(author.token(), club, "Cánh Diều", false);
        memberId(reader.token(), club, "Lá Xanh", false);

        ApiResponse posted = post(author.token(), club, "Tối nay anh em ra quán làm vài chén nhé!");
        assertEquals(201, posted.status(), posted::toString);
        String postId = posted.json().get("id").asText();
        assertTrue(posted.json().get("yours").asBoolean());
        assertEquals(400, post(author.token(), club, "x".repeat(1001)).status(), "length-limited");
        assertEquals(403, post(w.token("mentorA1"), club, "Chào cả nhóm").status(), "members post");
        assertEquals(404, post(outsider.token(), club, "Cho mình vào với").status());

        JsonNode inbox =
                api.get(reader.token(), "/api/v1/inbox?unread=true").json().get("items");
        JsonNode note = null;
        for (JsonNode n : inbox) {
            if (n.get("kind").asText().equals("CLUB_POST")) {
                note = n;
            }
        }
        assertTrue(note != null, "the other member is told: " + inbox);
        assertEquals("Câu lạc bộ có tin mới", note.get("body").asText());
        String lockScreen = note.get("title").asText() + " " + note.get("body").asText();
        for (String secret : List.of("Vượt lên", "Cánh Diều", "Lê Văn", "quán")) {
            assertFalse(lockScreen.contains(secret), lockScreen);
        }
        JsonNode authorInbox =
                api.get(author.token(), "/api/v1/inbox?unread=true").json().get("items");
        assertFalse(authorInbox.toString().contains("CLUB_POST"), "the author is not told of their own post");

        ApiResponse reported = api.post(
                reader.token(),
                "/api/v1/clubs/" + club + "/posts/" + postId + "/reports",
                Map.of("reason", "Rủ đi nhậu, không hợp với câu lạc bộ"));
        assertEquals(200, reported.status(), reported::toString);
        assertTrue(reported.json().get("reportedByYou").asBoolean());
        assertNull(reported.json().get("reports"), "members do not read the reports");
        assertEquals(
                403,
                api.get(reader.token(), "/api/v1/clubs/" + club + "/posts?reported=true")
                        .status(),
                "the reported queue is the moderators'");
        List<JsonNode> queue = posts(w.token("officerA"), club, "?reported=true");
        assertEquals(1, queue.size());
        assertEquals(
                "Rủ đi nhậu, không hợp với câu lạc bộ",
                queue.get(0).get("reports").get(0).get("reason").asText());

        assertEquals(
                404,
                api.post(
                                w.token("officerOther"),
                                "/api/v1/clubs/" + club + "/posts/" + postId + "/hide",
                                Map.of("reason", "Không phù hợp"))
                        .status());
        ApiResponse hidden = api.post(
                w.token("mentorA1"),
                "/api/v1/clubs/" + club + "/posts/" + postId + "/hide",
                Map.of("reason", "Rủ uống rượu"));
        assertEquals(200, hidden.status(), hidden::toString);
        ApiResponse again = api.post(
                w.token("mentorA1"),
                "/api/v1/clubs/" + club + "/posts/" + postId + "/hide",
                Map.of("reason", "Rủ uống rượu"));
        assertEquals(409, again.status(), again::toString);
        assertTrue(posts(reader.token(), club, "").isEmpty());
        assertEquals(
                404,
                api.post(
                                reader.token(),
                                "/api/v1/clubs/" + club + "/posts/" + postId + "/reports",
                                Map.of("reason", "Lần nữa"))
                        .status(),
                "a hidden post is gone for members");
    }
}
