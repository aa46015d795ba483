package vn.donghanh.bench;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;

/**
 * The national data set of issue 16, written straight into the database with the columns and formats
 * the services write (as {@link ProvinceSeed} does for one province): P provinces, C communes, two
 * officers per commune (signing in with {@link #PASSWORD}), about one mentor per ten cases (two active
 * mentees each, the configured maximum), and N cases — one commune with exactly {@code large} cases
 * and one with exactly {@code small}, the rest spread at random over the others. Each case has its
 * person account, its timeline, two check-in plans (a weekly self check-in, "FREQ=WEEKLY;BYDAY=MO"
 * with grace PT12H, and a monthly office presence on the 1st with grace P6D), a year of check-ins
 * (about 85 % of Mondays kept; a fifth of the open cases have missed their latest Mondays and are
 * overdue now), quarterly home visits by an officer and weekly calls by the mentor.
 *
 * <p>The V9 triggers fill sync_change as the rows go in. Audit rows are what the services append for
 * the same writes (CASE_REGISTER, PLAN_CHANGE, MENTOR_ASSIGN, CHECKIN_RECORD, CONTACT_RECORD), handed
 * to {@code AuditLog.appendAll} through {@link #audit} in chunks, so they chain however the log chains.
 * Deterministic (fixed seed) except for the ids.
 */
final class NationalSeed {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String NATION_ID = "00000000-0000-0000-0000-000000000001";
    /** Every staff account's password (bcrypt, cost 4: the benchmark measures lists, not sign-in). */
    static final String PASSWORD = "bench-national-password";

    static final String SELF_RRULE = "FREQ=WEEKLY;BYDAY=MO";
    static final String SELF_GRACE = "PT12H";
    static final String OFFICE_RRULE = "FREQ=MONTHLY;BYMONTHDAY=1";
    static final String OFFICE_GRACE = "P6D";
    private static final int AUDIT_CHUNK = 1000;

    private final Random rnd = new Random(16);
    final int n;
    final int communes;
    final int provinces;
    final int large;
    final int small;
    private final Instant now;
    private final LocalDate today;
    private final Consumer<List<AuditEntry>> audit;
    private final List<AuditEntry> pendingAudit = new ArrayList<>();
    long auditRows;
    long auditNanos;

    final List<String> provinceIds = new ArrayList<>();
    final List<String> communeIds = new ArrayList<>();
    final List<String> communePaths = new ArrayList<>();
    /** Two officers per commune: {id, username}. */
    final List<String[][]> officers = new ArrayList<>();

    final List<String> communeOrgs = new ArrayList<>();
    final List<String> mentorOrgs = new ArrayList<>();
    /** The commune of the ingest clients' persons (created through the API by the benchmark, not here). */
    String ingestCommune;

    String ingestPath;

    /** Cases per commune. */
    final int[] casesIn;
    /** Open cases with at least one plan overdue now, per commune (what the overdue list and escalation should find). */
    final int[] overdueIn;

    NationalSeed(
            int n, int communes, int provinces, int large, int small, Instant now, Consumer<List<AuditEntry>> audit) {
        if (communes < 3 || large + small > n || provinces < 1 || provinces > communes) {
            throw new IllegalArgumentException(
                    "need at least 3 communes, large + small <= cases, 1 <= provinces <= communes");
        }
        this.n = n;
        this.communes = communes;
        this.provinces = provinces;
        this.large = large;
        this.small = small;
        this.now = now;
        this.today = now.atZone(VN).toLocalDate();
        this.audit = audit;
        this.casesIn = new int[communes];
        this.overdueIn = new int[communes];
    }

    void write(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        units(c);
        organisations(c);
        staff(c);
        cases(c);
        flushAudit(true);
        c.setAutoCommit(true);
    }

    long expectedOverdue() {
        long sum = 0;
        for (int v : overdueIn) {
            sum += v;
        }
        return sum;
    }

    // ---------------------------------------------------------------- units, organisations, staff

    private void units(Connection c) throws SQLException {
        try (BulkRows rows =
                new BulkRows(c, "admin_unit", "id, code, name, level, parent_id, legacy_code, path, created_at")) {
            List<String> provincePaths = new ArrayList<>();
            for (int p = 0; p < provinces; p++) {
                String id = UUID.randomUUID().toString();
                String path = "/" + NATION_ID + "/" + id + "/";
                rows.add(id, "NAT-" + (p + 1), "Tỉnh Quốc gia " + (p + 1), "PROVINCE", NATION_ID, null, path, now);
                provinceIds.add(id);
                provincePaths.add(path);
            }
            rows.commitNow();
            for (int k = 0; k <= communes; k++) {
                int p = k % provinces;
                String id = UUID.randomUUID().toString();
                String path = provincePaths.get(p) + id + "/";
                boolean ingest = k == communes;
                rows.add(
                        id,
                        ingest ? "NAT-INGEST" : "NAT-" + (p + 1) + "-" + (k + 1),
                        ingest ? "Xã Nhận dữ liệu" : "Xã Quốc gia " + (k + 1),
                        "COMMUNE",
                        provinceIds.get(p),
                        null,
                        path,
                        now);
                if (ingest) {
                    ingestCommune = id;
                    ingestPath = path;
                } else {
                    communeIds.add(id);
                    communePaths.add(path);
                }
            }
        }
    }

    private void organisations(Connection c) throws SQLException {
        try (BulkRows rows =
                new BulkRows(c, "organisation", "id, name, type, admin_unit_id, address, phone, created_at")) {
            for (int k = 0; k <= communes; k++) {
                String unit = k == communes ? ingestCommune : communeIds.get(k);
                String police = UUID.randomUUID().toString();
                String youth = UUID.randomUUID().toString();
                rows.add(police, "Công an xã " + (k + 1), "COMMUNE_POLICE", unit, null, null, now);
                rows.add(youth, "Đoàn Thanh niên xã " + (k + 1), "YOUTH_UNION", unit, null, null, now);
                communeOrgs.add(police);
                mentorOrgs.add(youth);
            }
        }
    }

    private void staff(Connection c) throws SQLException {
        String hash = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());
        try (BulkRows rows = new BulkRows(
                c,
                "account",
                "id, username, role, display_name, admin_unit_id, organisation_id, password_hash, active, created_at")) {
            for (int k = 0; k <= communes; k++) {
                String unit = k == communes ? ingestCommune : communeIds.get(k);
                String[][] pair = new String[2][];
                for (int j = 0; j < 2; j++) {
                    String username = k == communes ? "nat-ingest-officer-" + j : "nat-officer-" + k + "-" + j;
                    pair[j] = new String[] {UUID.randomUUID().toString(), username};
                    rows.add(
                            pair[j][0],
                            username,
                            "OFFICER",
                            "Cán bộ xã " + (k + 1),
                            unit,
                            communeOrgs.get(k),
                            hash,
                            true,
                            now);
                }
                officers.add(pair);
            }
        }
    }

    // ---------------------------------------------------------------- cases and what hangs off them

    private static final class Case {
        final String id = UUID.randomUUID().toString();
        final String personId = UUID.randomUUID().toString();
        int commune;
        LocalDate start;
        /** ACTIVE, ABSENT (since statusSince) or COMPLETED (on statusSince). */
        String status = "ACTIVE";

        LocalDate statusSince;
        String mentorId;
        LocalDate mentorFrom;
        boolean overdue;
    }

    private void cases(Connection c) throws SQLException {
        List<Case> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Case k = new Case();
            k.commune = i < large ? 0 : i < large + small ? 1 : 2 + rnd.nextInt(communes - 2);
            // Started 13 to 24 months ago, so the last year is under management throughout.
            k.start = today.minusDays(396 + rnd.nextInt(334));
            double r = rnd.nextDouble();
            if (r < 0.015) {
                k.status = "ABSENT";
                k.statusSince = today.minusDays(20 + rnd.nextInt(60));
            } else if (r < 0.03) {
                k.status = "COMPLETED";
                k.statusSince = today.minusDays(20 + rnd.nextInt(200));
            }
            k.overdue = !k.status.equals("COMPLETED") && rnd.nextDouble() < 0.2;
            casesIn[k.commune]++;
            all.add(k);
        }
        // About one mentor per ten cases, each with two active mentees (donghanh.mentoring.max-active-mentees).
        List<String> mentorIds = new ArrayList<>();
        try (BulkRows rows = new BulkRows(
                c,
                "account",
                "id, username, role, display_name, admin_unit_id, organisation_id, password_hash, active, created_at")) {
            int[] mentorsIn = new int[communes];
            List<List<Case>> open = new ArrayList<>();
            for (int k = 0; k < communes; k++) {
                open.add(new ArrayList<>());
            }
            for (Case k : all) {
                if (k.status.equals("ACTIVE")) {
                    open.get(k.commune).add(k);
                }
            }
            for (int u = 0; u < communes; u++) {
                int count = Math.max(1, (casesIn[u] + 5) / 10);
                List<Case> list = open.get(u);
                for (int m = 0; m < count; m++) {
                    String id = UUID.randomUUID().toString();
                    mentorIds.add(id);
                    rows.add(
                            id,
                            null,
                            "MENTOR",
                            "Người giúp đỡ " + mentorIds.size(),
                            communeIds.get(u),
                            mentorOrgs.get(u),
                            null,
                            true,
                            now);
                    for (int j = 0; j < 2 && 2 * m + j < list.size(); j++) {
                        Case k = list.get(2 * m + j);
                        k.mentorId = id;
                        k.mentorFrom = k.start.plusDays(1 + rnd.nextInt(14));
                    }
                }
                mentorsIn[u] = count;
            }
        }
        try (BulkRows rows = new BulkRows(
                c,
                "managed_case",
                "id, admin_unit_id, full_name, name_search, date_of_birth, sex, preferred_language, address, basis,"
                        + " decision_number, decision_date, start_date, planned_end_date, status, status_since, time_zone,"
                        + " version, created_by, created_at, updated_at")) {
            int i = 0;
            for (Case k : all) {
                i++;
                Instant created = at(k.start, 9, 0);
                boolean changed = k.statusSince != null;
                rows.add(
                        k.id,
                        communeIds.get(k.commune),
                        "Người Quốc gia " + i,
                        "nguoi quoc gia " + i,
                        today.minusYears(18 + rnd.nextInt(38)).minusDays(rnd.nextInt(360)),
                        rnd.nextDouble() < 0.9 ? "MALE" : "FEMALE",
                        "vi",
                        "Tổ " + (1 + i % 20) + ", Xã Quốc gia " + (k.commune + 1),
                        "COMPULSORY_REHAB_ADULT",
                        i + "/QĐ-UBND",
                        k.start.minusDays(3),
                        k.start,
                        k.start.plusYears(2),
                        k.status,
                        changed ? k.statusSince : k.start,
                        "Asia/Ho_Chi_Minh",
                        changed ? 2 : 1,
                        officer(k),
                        created,
                        changed ? at(k.statusSince, 10, 0) : created);
                audit(officer(k), "OFFICER", AuditAction.CASE_REGISTER, k.id, "case", null);
            }
        }
        try (BulkRows rows = new BulkRows(
                c, "account", "id, role, display_name, admin_unit_id, case_id, password_hash, active, created_at")) {
            for (Case k : all) {
                rows.add(
                        k.personId,
                        "PERSON",
                        "Người Quốc gia",
                        communeIds.get(k.commune),
                        k.id,
                        "bench-not-a-hash",
                        true,
                        at(k.start, 9, 30));
            }
        }
        timelines(c, all);
        assignments(c, all);
        plans(c, all);
        checkins(c, all);
        contacts(c, all);
        for (Case k : all) {
            if (k.overdue) {
                overdueIn[k.commune]++;
            }
        }
    }

    private String officer(Case k) {
        return officers.get(k.commune)[0][0];
    }

    private void timelines(Connection c, List<Case> all) throws SQLException {
        try (BulkRows rows = new BulkRows(
                c,
                "case_event",
                "id, case_id, type, from_status, to_status, reason, effective_date, actor_id, occurred_at")) {
            for (Case k : all) {
                rows.add(
                        UUID.randomUUID().toString(),
                        k.id,
                        "REGISTERED",
                        null,
                        "ACTIVE",
                        null,
                        k.start,
                        officer(k),
                        at(k.start, 9, 0));
                if (k.mentorId != null) {
                    rows.add(
                            UUID.randomUUID().toString(),
                            k.id,
                            "MENTOR_ASSIGNED",
                            null,
                            null,
                            "Người giúp đỡ",
                            k.mentorFrom,
                            officer(k),
                            at(k.mentorFrom, 10, 0));
                }
                if (k.statusSince != null) {
                    rows.add(
                            UUID.randomUUID().toString(),
                            k.id,
                            "STATUS_CHANGED",
                            "ACTIVE",
                            k.status,
                            k.status.equals("ABSENT") ? "không có mặt tại nơi cư trú" : "hoàn thành thời gian quản lý",
                            k.statusSince,
                            officer(k),
                            at(k.statusSince, 10, 0));
                }
            }
        }
    }

    private void assignments(Connection c, List<Case> all) throws SQLException {
        try (BulkRows rows = new BulkRows(
                c,
                "mentor_assignment",
                "id, case_id, mentor_id, start_date, end_date, end_reason, active, created_by, created_at, ended_by")) {
            for (Case k : all) {
                if (k.mentorId == null) {
                    continue;
                }
                String id = UUID.randomUUID().toString();
                rows.add(
                        id,
                        k.id,
                        k.mentorId,
                        k.mentorFrom,
                        null,
                        null,
                        true,
                        officer(k),
                        at(k.mentorFrom, 10, 0),
                        null);
                audit(
                        officer(k),
                        "OFFICER",
                        AuditAction.MENTOR_ASSIGN,
                        k.id,
                        "assignment:" + id,
                        "mentor:" + k.mentorId);
            }
        }
    }

    /** Both plans from the case's start; a completed case's end there (CASE_CLOSED), as PlansFollowTheCase does. */
    private void plans(Connection c, List<Case> all) throws SQLException {
        try (BulkRows rows = new BulkRows(
                c,
                "checkin_plan",
                "id, series_id, case_id, kind, rrule, grace, effective_from, effective_to, created_by, created_at,"
                        + " end_cause")) {
            for (Case k : all) {
                boolean closed = k.status.equals("COMPLETED");
                for (String[] p : new String[][] {
                    {"SELF_CHECKIN", SELF_RRULE, SELF_GRACE}, {"OFFICE_PRESENCE", OFFICE_RRULE, OFFICE_GRACE}
                }) {
                    String id = UUID.randomUUID().toString();
                    rows.add(
                            id,
                            id,
                            k.id,
                            p[0],
                            p[1],
                            p[2],
                            k.start,
                            closed ? k.statusSince : null,
                            officer(k),
                            at(k.start, 9, 0),
                            closed ? "CASE_CLOSED" : null);
                    audit(officer(k), "OFFICER", AuditAction.PLAN_CHANGE, k.id, "plan:" + id, "created " + p[0]);
                }
            }
        }
    }

    /**
     * A year of Mondays (about 85 % kept, an absent person's 5 %) and the 1st of every month at the
     * office. An overdue case has not checked in on its latest Monday past the deadline nor since;
     * every other open case has checked in on it.
     */
    private void checkins(Connection c, List<Case> all) throws SQLException {
        LocalDate yearAgo = today.minusDays(365);
        // The latest Monday whose deadline (Tuesday 12:00 local) has passed, and the one running now.
        LocalDate latestPast = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!at(latestPast.plusDays(1), 12, 0).isBefore(now)) {
            latestPast = latestPast.minusWeeks(1);
        }
        try (BulkRows rows = new BulkRows(
                c,
                "checkin",
                "id, case_id, kind, occurred_at, received_at, wellbeing, craving, note, latitude, longitude,"
                        + " recorded_by")) {
            for (Case k : all) {
                LocalDate until = k.status.equals("COMPLETED") ? k.statusSince.minusDays(1) : today;
                int missedFrom = k.overdue ? 1 + rnd.nextInt(3) : Integer.MAX_VALUE; // weeks before latestPast missed
                for (LocalDate m = yearAgo.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                        !m.isAfter(until);
                        m = m.plusWeeks(1)) {
                    long weeksBefore = ChronoUnit.WEEKS.between(m, latestPast);
                    if (k.overdue && weeksBefore < missedFrom) {
                        continue; // the run of misses up to now
                    }
                    boolean absent = k.status.equals("ABSENT") && !m.isBefore(k.statusSince);
                    boolean mustKeep = !k.overdue && !m.isBefore(latestPast);
                    if (!mustKeep && rnd.nextDouble() >= (absent ? 0.05 : 0.85)) {
                        continue;
                    }
                    Instant occurred = at(m, 7 + rnd.nextInt(13), rnd.nextInt(60));
                    if (occurred.isAfter(now)) {
                        occurred = now.minusSeconds(60);
                    }
                    String id = UUID.randomUUID().toString();
                    rows.add(
                            id,
                            k.id,
                            "SELF",
                            occurred,
                            occurred.plusSeconds(rnd.nextInt(120)),
                            1 + rnd.nextInt(5),
                            rnd.nextInt(11),
                            null,
                            null,
                            null,
                            k.personId);
                    audit(k.personId, "PERSON", AuditAction.CHECKIN_RECORD, k.id, "checkin:" + id, "SELF");
                }
                for (LocalDate d = yearAgo.withDayOfMonth(1).plusMonths(1); !d.isAfter(until); d = d.plusMonths(1)) {
                    Instant occurred = at(d, 9, rnd.nextInt(60));
                    if (occurred.isAfter(now)) {
                        occurred = now.minusSeconds(120);
                    }
                    String id = UUID.randomUUID().toString();
                    rows.add(
                            id,
                            k.id,
                            "OFFICE_PRESENCE",
                            occurred,
                            occurred.plusSeconds(5),
                            null,
                            null,
                            null,
                            null,
                            null,
                            officer(k));
                    audit(officer(k), "OFFICER", AuditAction.CHECKIN_RECORD, k.id, "checkin:" + id, "OFFICE_PRESENCE");
                }
            }
        }
    }

    /** A home visit by the officer every quarter; a weekly call by the mentor, if any. */
    private void contacts(Connection c, List<Case> all) throws SQLException {
        LocalDate yearAgo = today.minusDays(365);
        try (BulkRows rows = new BulkRows(
                c,
                "contact_log",
                "id, case_id, type, occurred_at, received_at, summary, concerns, follow_up_needed, recorded_by")) {
            for (Case k : all) {
                LocalDate until = k.status.equals("COMPLETED") ? k.statusSince.minusDays(1) : today.minusDays(1);
                for (LocalDate d = yearAgo.plusDays(rnd.nextInt(90)); !d.isAfter(until); d = d.plusDays(91)) {
                    contact(rows, k, "HOME_VISIT", d, officer(k), "Thăm gia đình, ổn định");
                }
                if (k.mentorId != null) {
                    for (LocalDate d = max(yearAgo, k.mentorFrom); !d.isAfter(until); d = d.plusWeeks(1)) {
                        contact(rows, k, "PHONE_CALL", d, k.mentorId, "Gọi điện hỏi thăm");
                    }
                }
            }
        }
    }

    private void contact(BulkRows rows, Case k, String type, LocalDate day, String by, String summary)
            throws SQLException {
        Instant occurred = at(day, 8 + rnd.nextInt(10), rnd.nextInt(60));
        String id = UUID.randomUUID().toString();
        rows.add(id, k.id, type, occurred, occurred.plusSeconds(30), summary, "", false, by);
        boolean mentor = by.equals(k.mentorId);
        audit(by, mentor ? "MENTOR" : "OFFICER", AuditAction.CONTACT_RECORD, k.id, "contact:" + id, type);
    }

    // ---------------------------------------------------------------- audit

    private void audit(String actor, String role, AuditAction action, String caseId, String target, String detail) {
        pendingAudit.add(new AuditEntry(actor, role, action, caseId, target, "127.0.0.1", detail));
        flushAudit(false);
    }

    private void flushAudit(boolean all) {
        if (pendingAudit.isEmpty() || (!all && pendingAudit.size() < AUDIT_CHUNK)) {
            return;
        }
        long t0 = System.nanoTime();
        audit.accept(List.copyOf(pendingAudit));
        auditRows += pendingAudit.size();
        pendingAudit.clear();
        auditNanos += System.nanoTime() - t0;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(VN).toInstant();
    }
}
