package vn.donghanh.club;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.donghanh.adminunit.UnitsUnder;
import vn.donghanh.common.Keyset;
import vn.donghanh.common.SqlLists;

/** The only code that names the club tables (V32). Rows here; API shapes in {@link ClubModels}. */
@Singleton
class ClubStore {
    private final JdbcOperations jdbc;

    ClubStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    record ClubRow(
            String id,
            String organisationId,
            String name,
            String description,
            LocalDateTime firstStartLocal,
            String rrule,
            int durationMinutes,
            String timeZone,
            String createdBy,
            Instant createdAt) {}

    record MemberRow(
            String id, String clubId, String caseId, String alias, boolean showName, Instant joinedAt, Instant leftAt) {
        boolean current() {
            return leftAt == null;
        }
    }

    record PostRow(
            String id,
            String clubId,
            String memberId,
            String caseId,
            String body,
            Instant createdAt,
            Instant hiddenAt,
            String hiddenBy,
            String hiddenReason) {}

    record ReportRow(String postId, String caseId, String reason, Instant createdAt) {}

    // ---- clubs

    void insertClub(ClubRow c, Collection<String> communeIds) {
        SqlLists.update(
                jdbc,
                """
                INSERT INTO club (id, organisation_id, name, description, first_start_local, rrule, duration_minutes,
                  time_zone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Arrays.asList(
                        c.id(),
                        c.organisationId(),
                        c.name(),
                        c.description(),
                        c.firstStartLocal(),
                        c.rrule(),
                        c.durationMinutes(),
                        c.timeZone(),
                        c.createdBy(),
                        Timestamp.from(c.createdAt())));
        SqlLists.batch(
                jdbc,
                "INSERT INTO club_commune (club_id, admin_unit_id) VALUES (?, ?)",
                communeIds.stream().map(u -> List.<Object>of(c.id(), u)).toList());
    }

    Optional<ClubRow> club(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM club WHERE id = ?", List.of(id), ClubStore::clubRow);
    }

    List<String> communesOf(String clubId) {
        return SqlLists.query(
                jdbc,
                "SELECT admin_unit_id FROM club_commune WHERE club_id = ? ORDER BY admin_unit_id",
                List.of(clubId),
                rs -> rs.getString(1));
    }

    /** Clubs of this commune (a person's list), by name. */
    List<ClubRow> clubsOfCommune(String communeId) {
        return SqlLists.query(
                jdbc,
                "SELECT cl.* FROM club cl WHERE cl.id IN (SELECT club_id FROM club_commune WHERE admin_unit_id = ?)"
                        + " ORDER BY cl.name, cl.id",
                List.of(communeId),
                ClubStore::clubRow);
    }

    /** Clubs a member of staff moderates: created by them, or for a commune at or below their unit. */
    List<ClubRow> clubsModeratedBy(String accountId, UnitsUnder units) {
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        params.addAll(units.params());
        return SqlLists.query(
                jdbc,
                "SELECT cl.* FROM club cl WHERE cl.created_by = ? OR cl.id IN (SELECT club_id FROM club_commune"
                        + " WHERE admin_unit_id IN (" + units.sql() + ")) ORDER BY cl.name, cl.id",
                params,
                ClubStore::clubRow);
    }

    /** A person's clubs (current memberships), whatever commune the case is in now. */
    List<ClubRow> clubsOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT cl.* FROM club cl WHERE cl.id IN (SELECT club_id FROM club_member WHERE case_id = ?"
                        + " AND left_at IS NULL) ORDER BY cl.name, cl.id",
                List.of(caseId),
                ClubStore::clubRow);
    }

    private static ClubRow clubRow(ResultSet rs) throws SQLException {
        return new ClubRow(
                rs.getString("id"),
                rs.getString("organisation_id"),
                rs.getString("name"),
                rs.getString("description"),
                rs.getObject("first_start_local", LocalDateTime.class),
                rs.getString("rrule"),
                rs.getInt("duration_minutes"),
                rs.getString("time_zone"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    // ---- members

    Optional<MemberRow> memberOfCase(String clubId, String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT * FROM club_member WHERE club_id = ? AND case_id = ?",
                List.of(clubId, caseId),
                ClubStore::memberRow);
    }

    /**
     * Locks the club's own row: joins to one club then run one after the other. Without it two joins' locking reads
     * of absent member rows take gap locks that their inserts then wait on each other for (a deadlock, a 500).
     */
    void lockForJoin(String clubId) {
        SqlLists.one(jdbc, "SELECT id FROM club WHERE id = ? FOR UPDATE", List.of(clubId), rs -> rs.getString(1));
    }

    /** The member row locked for the caller's transaction (join and leave of one person serialise). */
    Optional<MemberRow> memberOfCaseForUpdate(String clubId, String caseId) {
        return SqlLists.one(
                jdbc,
                "SELECT * FROM club_member WHERE club_id = ? AND case_id = ? FOR UPDATE",
                List.of(clubId, caseId),
                ClubStore::memberRow);
    }

    /** Whether a current member other than {@code caseId} uses the folded alias. */
    boolean aliasTaken(String clubId, String aliasKey, String caseId) {
        return SqlLists.one(
                        jdbc,
                        "SELECT 1 FROM club_member WHERE club_id = ? AND alias_key = ? AND case_id <> ?",
                        List.of(clubId, aliasKey, caseId),
                        rs -> true)
                .isPresent();
    }

    /** False when the alias was taken meanwhile (the unique key said so, not our earlier check). */
    boolean insertMember(MemberRow m, String aliasKey) {
        return SqlLists.updateUnlessDuplicate(
                        jdbc,
                        "INSERT INTO club_member (id, club_id, case_id, alias, alias_key, show_name, joined_at, left_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
                        List.of(
                                m.id(),
                                m.clubId(),
                                m.caseId(),
                                m.alias(),
                                aliasKey,
                                m.showName(),
                                Timestamp.from(m.joinedAt())))
                != SqlLists.DUPLICATE;
    }

    /**
     * Joins again or changes alias and name choice: the row is current afterwards. False when the alias was taken
     * meanwhile, as {@link #insertMember}.
     */
    boolean updateMember(String memberId, String alias, String aliasKey, boolean showName, Instant joinedAt) {
        return SqlLists.updateUnlessDuplicate(
                        jdbc,
                        "UPDATE club_member SET alias = ?, alias_key = ?, show_name = ?, joined_at = ?,"
                                + " left_at = NULL WHERE id = ?",
                        List.of(alias, aliasKey, showName, Timestamp.from(joinedAt), memberId))
                != SqlLists.DUPLICATE;
    }

    void leave(String memberId, Instant at) {
        SqlLists.update(
                jdbc,
                "UPDATE club_member SET left_at = ?, alias_key = NULL WHERE id = ?",
                List.of(Timestamp.from(at), memberId));
    }

    List<MemberRow> currentMembers(String clubId) {
        return SqlLists.query(
                jdbc,
                "SELECT * FROM club_member WHERE club_id = ? AND left_at IS NULL ORDER BY alias, id",
                List.of(clubId),
                ClubStore::memberRow);
    }

    /** Members by id, current or not (an old post's author may have left). */
    Map<String, MemberRow> membersByIds(Collection<String> ids) {
        Map<String, MemberRow> out = new HashMap<>();
        SqlLists.byIds(jdbc, "club_member", ids, ClubStore::memberRow).forEach(m -> out.put(m.id(), m));
        return out;
    }

    int memberCount(String clubId) {
        return SqlLists.one(
                        jdbc,
                        "SELECT COUNT(*) FROM club_member WHERE club_id = ? AND left_at IS NULL",
                        List.of(clubId),
                        rs -> rs.getInt(1))
                .orElse(0);
    }

    List<MemberRow> membershipsOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT * FROM club_member WHERE case_id = ? ORDER BY joined_at, id",
                List.of(caseId),
                ClubStore::memberRow);
    }

    private static MemberRow memberRow(ResultSet rs) throws SQLException {
        Timestamp left = rs.getTimestamp("left_at");
        return new MemberRow(
                rs.getString("id"),
                rs.getString("club_id"),
                rs.getString("case_id"),
                rs.getString("alias"),
                rs.getBoolean("show_name"),
                rs.getTimestamp("joined_at").toInstant(),
                left == null ? null : left.toInstant());
    }

    // ---- attendance

    /** Records that the case attended; false when it was recorded already. */
    boolean insertAttendance(
            String clubId, Instant occurrence, String caseId, String checkinId, String by, Instant at) {
        return SqlLists.insertOnce(
                        jdbc,
                        "INSERT INTO club_attendance (club_id, occurrence_start, case_id, checkin_id, recorded_by,"
                                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                        List.of(clubId, Timestamp.from(occurrence), caseId, checkinId, by, Timestamp.from(at)))
                > 0;
    }

    /** Per meeting start, the cases that attended, for meetings starting in [from, until). */
    Map<Instant, List<String>> attendance(String clubId, Instant from, Instant until) {
        Map<Instant, List<String>> out = new HashMap<>();
        SqlLists.forEach(
                jdbc,
                "SELECT occurrence_start, case_id FROM club_attendance WHERE club_id = ? AND occurrence_start >= ?"
                        + " AND occurrence_start < ?",
                List.of(clubId, Timestamp.from(from), Timestamp.from(until)),
                rs -> out.computeIfAbsent(rs.getTimestamp(1).toInstant(), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        return out;
    }

    record AttendanceRow(String clubId, Instant occurrenceStart) {}

    List<AttendanceRow> attendanceOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT club_id, occurrence_start FROM club_attendance WHERE case_id = ? ORDER BY occurrence_start",
                List.of(caseId),
                rs -> new AttendanceRow(rs.getString(1), rs.getTimestamp(2).toInstant()));
    }

    // ---- posts

    void insertPost(PostRow p) {
        SqlLists.update(
                jdbc,
                "INSERT INTO club_post (id, club_id, member_id, case_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                List.of(p.id(), p.clubId(), p.memberId(), p.caseId(), p.body(), Timestamp.from(p.createdAt())));
    }

    Optional<PostRow> post(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM club_post WHERE id = ?", List.of(id), ClubStore::postRow);
    }

    Optional<PostRow> postForUpdate(String id) {
        return SqlLists.one(jdbc, "SELECT * FROM club_post WHERE id = ? FOR UPDATE", List.of(id), ClubStore::postRow);
    }

    /**
     * A page of the board, newest first: visible posts only unless {@code withHidden}; only reported posts when
     * {@code reportedOnly} (the moderators' queue).
     */
    List<PostRow> posts(String clubId, boolean withHidden, boolean reportedOnly, String cursor, int limit) {
        List<Object> params = new ArrayList<>(List.of(clubId));
        String where = withHidden ? "" : " AND hidden_at IS NULL";
        if (reportedOnly) {
            where += " AND id IN (SELECT post_id FROM club_post_report)";
        }
        String after = Keyset.afterInstant(cursor, "created_at", "id", true, params);
        params.add(limit + 1);
        return SqlLists.query(
                jdbc,
                "SELECT * FROM club_post WHERE club_id = ?" + where + after
                        + " ORDER BY created_at DESC, id DESC LIMIT ?",
                params,
                ClubStore::postRow);
    }

    void hide(String postId, String by, String reason, Instant at) {
        SqlLists.update(
                jdbc,
                "UPDATE club_post SET hidden_at = ?, hidden_by = ?, hidden_reason = ? WHERE id = ?",
                List.of(Timestamp.from(at), by, reason, postId));
    }

    List<PostRow> postsOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT * FROM club_post WHERE case_id = ? ORDER BY created_at, id",
                List.of(caseId),
                ClubStore::postRow);
    }

    private static PostRow postRow(ResultSet rs) throws SQLException {
        Timestamp hidden = rs.getTimestamp("hidden_at");
        return new PostRow(
                rs.getString("id"),
                rs.getString("club_id"),
                rs.getString("member_id"),
                rs.getString("case_id"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(),
                hidden == null ? null : hidden.toInstant(),
                rs.getString("hidden_by"),
                rs.getString("hidden_reason"));
    }

    // ---- reports

    /** A member's report; false when they had reported this post already. */
    boolean insertReport(String id, String postId, String caseId, String reason, Instant at) {
        return SqlLists.insertOnce(
                        jdbc,
                        "INSERT INTO club_post_report (id, post_id, case_id, reason, created_at) VALUES (?, ?, ?, ?, ?)",
                        List.of(id, postId, caseId, reason, Timestamp.from(at)))
                > 0;
    }

    /** The reports of these posts, oldest first, by post. */
    Map<String, List<ReportRow>> reports(Collection<String> postIds) {
        Map<String, List<ReportRow>> out = new HashMap<>();
        if (postIds.isEmpty()) {
            return out;
        }
        SqlLists.forEach(
                jdbc,
                "SELECT post_id, case_id, reason, created_at FROM club_post_report WHERE post_id IN ("
                        + SqlLists.placeholders(postIds.size()) + ") ORDER BY created_at, id",
                List.copyOf(postIds),
                rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new ReportRow(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getTimestamp(4).toInstant())));
        return out;
    }

    List<ReportRow> reportsOfCase(String caseId) {
        return SqlLists.query(
                jdbc,
                "SELECT post_id, case_id, reason, created_at FROM club_post_report WHERE case_id = ? ORDER BY created_at",
                List.of(caseId),
                rs -> new ReportRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()));
    }

    // ---- erasure (retention): the identifying words go, the facts (dates, counts) stay

    void erase(String caseId) {
        // The alias may be identifying (a nickname the neighbourhood knows); left_at keeps the membership's end.
        SqlLists.update(
                jdbc,
                "UPDATE club_member SET alias = '-', alias_key = NULL, show_name = FALSE,"
                        + " left_at = COALESCE(left_at, CURRENT_TIMESTAMP(6)) WHERE case_id = ?",
                List.of(caseId));
        SqlLists.update(jdbc, "UPDATE club_post SET body = '' WHERE case_id = ?", List.of(caseId));
        SqlLists.update(jdbc, "UPDATE club_post_report SET reason = '' WHERE case_id = ?", List.of(caseId));
    }
}
