package vn.donghanh.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.casefile.CaseMoves;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.report.periodic.ReportPeriod;

/**
 * One province of N cases over C communes, written straight into the database with the columns and
 * formats the services write (case timeline, mentor assignments, versioned check-in plans, check-ins,
 * drug tests, accepted transfers, referrals with steps and retention checks, help requests, the
 * certificate register), for the periodic report's benchmark. A second, small province beside it
 * must not be counted in the first one's report. Deterministic (fixed seed).
 *
 * <p>The mix: most cases ACTIVE throughout; some absent (some back again), relapsed, relapsed and
 * returned to rehab, suspended (some resumed), completed (before and in the period, with a
 * certificate), deceased, moved to another commune (accepted in the period), with a declined or
 * still open transfer; every management basis, both sexes and a few OTHER, about 3 % minors; about
 * 80 % with a mentor from an organisation of each type; one weekly self check-in plan per case
 * ("FREQ=WEEKLY;BYDAY=MO", grace PT12H, paused and resumed with the case), about 80 % of its
 * Mondays kept in the period; two drug tests per case; referrals for about 10 %; help requests for
 * about 6 %.
 */
final class ProvinceSeed {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String NATION_ID = "00000000-0000-0000-0000-000000000001";
    static final String RRULE = "FREQ=WEEKLY;BYDAY=MO";
    static final String GRACE = "PT12H";
    private static final String[] MENTOR_ORG_TYPES = {
        "YOUTH_UNION", "WOMENS_UNION", "VETERANS_ASSOCIATION", "FARMERS_ASSOCIATION", "VOLUNTEER_TEAM", "COMMUNE_POLICE"
    };
    private static final String[] OTHER_ORG_TYPES = {"PEOPLES_COMMITTEE", "HEALTH_STATION"};
    private static final Set<CaseStatus> COUNTED =
            EnumSet.of(CaseStatus.ACTIVE, CaseStatus.ABSENT, CaseStatus.RELAPSED);

    /** A status change as the timeline records it. */
    record Change(LocalDate on, CaseStatus from, CaseStatus to, String reason) {}

    /** One case of the seed, as much as later tables need. */
    static final class Case {
        final String id = UUID.randomUUID().toString();
        final String personId = UUID.randomUUID().toString();
        int commune;
        int finalCommune;
        String sex;
        LocalDate dob;
        String basis;
        LocalDate start;
        LocalDate plannedEnd;
        final List<Change> changes = new ArrayList<>();
        int mentor = -1;
        LocalDate mentorFrom;
        int newMentor = -1;
        LocalDate newMentorFrom;
        /** 0 none, 1 accepted in the period, 2 declined, 3 still open. */
        int transfer;

        LocalDate moveDate;
        int moveTo;

        CaseStatus statusOn(LocalDate day) {
            CaseStatus s = CaseStatus.ACTIVE;
            for (Change c : changes) {
                if (!c.on().isAfter(day)) {
                    s = c.to();
                }
            }
            return s;
        }

        CaseStatus status() {
            return changes.isEmpty()
                    ? CaseStatus.ACTIVE
                    : changes.get(changes.size() - 1).to();
        }

        LocalDate statusSince() {
            return changes.isEmpty() ? start : changes.get(changes.size() - 1).on();
        }

        /** The day management here ended (closed), or null. */
        LocalDate closedOn() {
            for (Change c : changes) {
                if (c.to().isClosed()) {
                    return c.on();
                }
            }
            return null;
        }

        int communeOn(LocalDate day) {
            return transfer == 1 && !day.isBefore(moveDate) ? moveTo : commune;
        }
    }

    record Unit(String id, String code, String name, String path) {}

    record Mentor(String id, String name, int commune, String orgType) {}

    private final Random rnd = new Random(15);
    private final int n;
    private final int communes;
    private final ReportPeriod period;
    private final LocalDate asOf;
    private final Instant now;
    private final LocalDate today;

    Unit province;
    Unit otherProvince;
    final List<Unit> units = new ArrayList<>();
    /** Two officers per commune. */
    final List<String[]> officers = new ArrayList<>();

    final List<Mentor> mentors = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    private final Map<String, List<String>> orgsByCommuneType = new HashMap<>();
    private final List<String> employers = new ArrayList<>();
    private final List<String> schools = new ArrayList<>();
    private final List<String> banks = new ArrayList<>();
    private String supervisor;

    /** Commune {@code 0..communes-1} in the benchmark's province; the last two are in the other province. */
    ProvinceSeed(int n, int communes, ReportPeriod period, LocalDate asOf, Instant now) {
        this.n = n;
        this.communes = communes;
        this.period = period;
        this.asOf = asOf;
        this.now = now;
        this.today = now.atZone(VN).toLocalDate();
    }

    void write(Connection c) throws SQLException {
        // A bulk load of rows consistent by construction: the server need not look up every parent row
        // nor probe the unique indexes row by row (this session only; the triggers still fire).
        try (var st = c.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
        }
        plan();
        units(c);
        organisations(c);
        staff(c);
        casesAndPersons(c);
        timelines(c);
        assignments(c);
        plansAndCheckins(c);
        drugTests(c);
        transfers(c);
        referrals(c);
        helpRequests(c);
        certificates(c);
        c.setAutoCommit(true);
    }

    // ---------------------------------------------------------------- the plan of the data, in memory

    private void plan() {
        int total = n + Math.max(20, n / 50);
        double[] cumulative = new double[communes];
        double sum = 0;
        for (int k = 0; k < communes; k++) {
            sum += 1 + (k * 7 % 5); // communes of different sizes: weights 1..5
            cumulative[k] = sum;
        }
        for (int i = 0; i < total; i++) {
            Case k = new Case();
            if (i < n) {
                double x = rnd.nextDouble() * sum;
                int commune = 0;
                while (cumulative[commune] < x) {
                    commune++;
                }
                k.commune = commune;
            } else {
                k.commune = communes + (i % 2);
            }
            k.finalCommune = k.commune;
            shape(k);
            cases.add(k);
        }
        // Mentors: each commune's mentors take about three cases each, organisations of every type.
        Map<Integer, List<Case>> mentored = new HashMap<>();
        for (Case k : cases) {
            if (rnd.nextDouble() < 0.8) {
                mentored.computeIfAbsent(k.commune, x -> new ArrayList<>()).add(k);
            }
        }
        for (int u = 0; u < communes + 2; u++) {
            List<Case> list = mentored.getOrDefault(u, List.of());
            int count = Math.max(1, (list.size() + 2) / 3);
            int first = mentors.size();
            for (int m = 0; m < count; m++) {
                String type = MENTOR_ORG_TYPES[
                        rnd.nextDouble() < 0.1 ? 5 : rnd.nextInt(5)]; // a few from the commune police ("other")
                mentors.add(new Mentor(UUID.randomUUID().toString(), "Người giúp đỡ " + (mentors.size() + 1), u, type));
            }
            for (int j = 0; j < list.size(); j++) {
                Case k = list.get(j);
                k.mentor = first + j % count;
                k.mentorFrom = min(k.start.plusDays(rnd.nextInt(21)), asOf.minusDays(1));
                LocalDate closed = k.closedOn();
                if (closed != null && k.mentorFrom.isAfter(closed)) {
                    k.mentorFrom = k.start;
                }
                if (k.transfer == 1 && !k.mentorFrom.isBefore(k.moveDate)) {
                    k.mentorFrom = k.start;
                }
            }
        }
        // A moved case leaves its mentor behind; the new commune assigns one of its own to most.
        for (Case k : cases) {
            if (k.transfer == 1 && rnd.nextDouble() < 0.6) {
                LocalDate from = k.moveDate.plusDays(1 + rnd.nextInt(20));
                if (!from.isAfter(asOf)) {
                    k.newMentor = firstMentorOf(k.moveTo) + rnd.nextInt(3);
                    if (k.newMentor >= mentors.size()
                            || mentors.get(k.newMentor).commune() != k.moveTo) {
                        k.newMentor = firstMentorOf(k.moveTo);
                    }
                    k.newMentorFrom = from;
                }
            }
        }
    }

    private int firstMentorOf(int commune) {
        for (int m = 0; m < mentors.size(); m++) {
            if (mentors.get(m).commune() == commune) {
                return m;
            }
        }
        throw new IllegalStateException("no mentor in commune " + commune);
    }

    /** Sex, age, basis, dates and the case's life. */
    private void shape(Case k) {
        double s = rnd.nextDouble();
        k.sex = s < 0.88 ? "MALE" : s < 0.99 ? "FEMALE" : "OTHER";
        boolean minor = rnd.nextDouble() < 0.03;
        int age = minor ? 14 + rnd.nextInt(4) : 18 + rnd.nextInt(38);
        k.dob = asOf.minusYears(age).minusDays(1 + rnd.nextInt(360));
        double b = rnd.nextDouble();
        if (minor) {
            k.basis = b < 0.6 ? "COMPULSORY_REHAB_MINOR" : "VOLUNTARY_REHAB";
        } else {
            k.basis = b < 0.35
                    ? "COMPULSORY_REHAB_ADULT"
                    : b < 0.6 ? "VOLUNTARY_REHAB" : b < 0.75 ? "OPIOID_SUBSTITUTION" : "DRUG_USE_MANAGEMENT";
        }
        LocalDate ps = period.startsOn();
        double r = rnd.nextDouble();
        if (r < 0.04) { // completed before the period
            k.plannedEnd = between(ps.minusMonths(6), ps.minusDays(15));
            k.start = k.plannedEnd.minusYears(1);
            change(k, min(k.plannedEnd.plusDays(rnd.nextInt(10)), ps.minusDays(1)), CaseStatus.COMPLETED, "hoàn thành");
            return;
        }
        if (r < 0.10) { // completed in the period
            k.plannedEnd = between(ps, asOf.minusDays(10));
            k.start = k.plannedEnd.minusYears(1);
            change(k, k.plannedEnd.plusDays(rnd.nextInt(10)), CaseStatus.COMPLETED, "hoàn thành thời gian quản lý");
            return;
        }
        k.start = rnd.nextDouble() < 0.12
                ? between(ps, asOf.minusDays(14))
                : between(ps.minusMonths(18), ps.minusDays(1));
        k.plannedEnd = k.start.plusYears(2);
        LocalDate from = max(ps, k.start.plusDays(7));
        LocalDate d = between(from, asOf.minusDays(4));
        if (r < 0.105) {
            change(k, d, CaseStatus.DECEASED, "đã chết");
        } else if (r < 0.135) {
            change(k, d, CaseStatus.ABSENT, "không có mặt tại nơi cư trú");
        } else if (r < 0.155) {
            change(k, d, CaseStatus.ABSENT, "không có mặt tại nơi cư trú");
            change(k, between(d.plusDays(1), asOf.minusDays(1)), CaseStatus.ACTIVE, "đã trở về địa phương");
        } else if (r < 0.185) {
            change(k, d, CaseStatus.RELAPSED, "xét nghiệm dương tính");
        } else if (r < 0.2) {
            change(k, d, CaseStatus.RELAPSED, "xét nghiệm dương tính");
            change(k, between(d.plusDays(1), asOf.minusDays(1)), CaseStatus.SUSPENDED, "đưa vào cơ sở cai nghiện");
        } else if (r < 0.215) {
            change(k, d, CaseStatus.SUSPENDED, "tạm giam");
            if (rnd.nextInt(3) == 0) {
                change(k, between(d.plusDays(1), asOf.minusDays(1)), CaseStatus.ACTIVE, "hết thời hạn tạm giam");
            }
        } else if (r < 0.23) {
            k.transfer = 1;
            k.moveDate = d;
        } else if (r < 0.233) {
            k.transfer = 2;
            k.moveDate = d;
        } else if (r < 0.235) {
            k.transfer = 3;
            k.moveDate = max(from, asOf.minusDays(2));
        }
        if (k.transfer != 0) {
            int inProvince = k.commune < communes ? communes : 2;
            int base = k.commune < communes ? 0 : communes;
            k.moveTo = base + (k.commune - base + 1 + rnd.nextInt(inProvince - 1)) % inProvince;
            if (k.transfer == 1) {
                k.finalCommune = k.moveTo;
            }
        }
    }

    private void change(Case k, LocalDate on, CaseStatus to, String reason) {
        k.changes.add(new Change(on, k.status(), to, reason));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        return from.plusDays(rnd.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(VN).toInstant();
    }

    private String officerOf(int commune) {
        return officers.get(commune)[rnd.nextInt(2)];
    }

    // ---------------------------------------------------------------- the tables

    private void units(Connection c) throws SQLException {
        try (BulkRows rows =
                new BulkRows(c, "admin_unit", "id, code, name, level, parent_id, legacy_code, path, created_at")) {
            province = unit(rows, "BENCH", "Tỉnh Thử nghiệm", "PROVINCE", NATION_ID, "/" + NATION_ID + "/");
            otherProvince = unit(rows, "BENCH-OTHER", "Tỉnh Bên cạnh", "PROVINCE", NATION_ID, "/" + NATION_ID + "/");
            for (int k = 0; k < communes; k++) {
                units.add(
                        unit(rows, "BENCH-" + (k + 1), "Xã Thử " + (k + 1), "COMMUNE", province.id(), province.path()));
            }
            for (int k = 0; k < 2; k++) {
                units.add(unit(
                        rows,
                        "BENCH-OTHER-" + (k + 1),
                        "Xã Bên cạnh " + (k + 1),
                        "COMMUNE",
                        otherProvince.id(),
                        otherProvince.path()));
            }
        }
    }

    private Unit unit(BulkRows rows, String code, String name, String level, String parentId, String parentPath)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        String path = parentPath + id + "/";
        rows.add(id, code, name, level, parentId, null, path, now);
        // A province is written before its communes reference it.
        if (!"COMMUNE".equals(level)) {
            rows.commitNow();
        }
        return new Unit(id, code, name, path);
    }

    private void organisations(Connection c) throws SQLException {
        try (BulkRows rows =
                new BulkRows(c, "organisation", "id, name, type, admin_unit_id, address, phone, created_at")) {
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                for (String[] types : new String[][] {MENTOR_ORG_TYPES, OTHER_ORG_TYPES}) {
                    for (String type : types) {
                        String id = UUID.randomUUID().toString();
                        rows.add(id, type + " " + unit.name(), type, unit.id(), null, null, now);
                        orgsByCommuneType
                                .computeIfAbsent(u + ":" + type, x -> new ArrayList<>())
                                .add(id);
                    }
                }
            }
            // Providers at the province, serving every commune (reintegration).
            String[][] providers = {
                {"EMPLOYER", "5"},
                {"EMPLOYMENT_SERVICE_CENTRE", "1"},
                {"VOCATIONAL_SCHOOL", "3"},
                {"SOCIAL_POLICY_BANK", "1"}
            };
            for (String[] p : providers) {
                for (int i = 0; i < Integer.parseInt(p[1]); i++) {
                    String id = UUID.randomUUID().toString();
                    rows.add(id, p[0] + " " + (i + 1), p[0], province.id(), "Trung tâm tỉnh", null, now);
                    (p[0].equals("VOCATIONAL_SCHOOL") ? schools : p[0].equals("SOCIAL_POLICY_BANK") ? banks : employers)
                            .add(id);
                }
            }
        }
        try (BulkRows profile = new BulkRows(
                        c,
                        "provider_profile",
                        "organisation_id, contact_person, contact_phone, created_by, created_at");
                BulkRows served = new BulkRows(c, "provider_unit", "organisation_id, admin_unit_id")) {
            List<String> all = new ArrayList<>(employers);
            all.addAll(schools);
            all.addAll(banks);
            for (String p : all) {
                profile.add(p, "Cán bộ phụ trách", null, NATION_ID, now);
            }
            profile.commitNow();
            for (String p : all) {
                for (int u = 0; u < communes; u++) {
                    served.add(p, units.get(u).id());
                }
            }
        }
    }

    private void staff(Connection c) throws SQLException {
        try (BulkRows rows = new BulkRows(
                c,
                "account",
                "id, username, role, display_name, admin_unit_id, organisation_id, password_hash, active, created_at")) {
            supervisor = UUID.randomUUID().toString();
            rows.add(
                    supervisor,
                    "bench-supervisor",
                    "SUPERVISOR",
                    "Cán bộ tỉnh",
                    province.id(),
                    null,
                    "bench-not-a-hash",
                    true,
                    now);
            for (int u = 0; u < units.size(); u++) {
                String[] pair = {UUID.randomUUID().toString(), UUID.randomUUID().toString()};
                for (int j = 0; j < 2; j++) {
                    rows.add(
                            pair[j],
                            "bench-officer-" + u + "-" + j,
                            "OFFICER",
                            "Cán bộ " + units.get(u).name(),
                            units.get(u).id(),
                            orgsByCommuneType.get(u + ":COMMUNE_POLICE").get(0),
                            "bench-not-a-hash",
                            true,
                            now);
                }
                officers.add(pair);
            }
            for (Mentor m : mentors) {
                rows.add(
                        m.id(),
                        null,
                        "MENTOR",
                        m.name(),
                        units.get(m.commune()).id(),
                        orgsByCommuneType.get(m.commune() + ":" + m.orgType()).get(0),
                        null,
                        true,
                        now);
            }
        }
    }

    private void casesAndPersons(Connection c) throws SQLException {
        try (BulkRows rows = new BulkRows(
                c,
                "managed_case",
                "id, admin_unit_id, full_name, name_search, date_of_birth, sex, preferred_language, address, basis,"
                        + " decision_number, decision_date, start_date, planned_end_date, status, status_since, time_zone,"
                        + " version, created_by, created_at, updated_at")) {
            int i = 0;
            for (Case k : cases) {
                i++;
                Instant created = at(k.start, 9, 0);
                rows.add(
                        k.id,
                        units.get(k.commune).id(),
                        "Người Thử " + i,
                        "nguoi thu " + i,
                        k.dob,
                        k.sex,
                        "vi",
                        "Tổ " + (1 + i % 20) + ", " + units.get(k.commune).name(),
                        k.basis,
                        i + "/QĐ-UBND",
                        k.start.minusDays(3),
                        k.start,
                        k.plannedEnd,
                        k.status().name(),
                        k.statusSince(),
                        "Asia/Ho_Chi_Minh",
                        1 + k.changes.size(),
                        officerOf(k.commune),
                        created,
                        k.changes.isEmpty() ? created : at(k.statusSince(), 10, 0));
            }
        }
        // The person's account: activated (a password hash), in the commune that holds the case now.
        try (BulkRows rows = new BulkRows(
                c, "account", "id, role, display_name, admin_unit_id, case_id, password_hash, active, created_at")) {
            for (Case k : cases) {
                rows.add(
                        k.personId,
                        "PERSON",
                        "Người Thử",
                        units.get(k.finalCommune).id(),
                        k.id,
                        "bench-not-a-hash",
                        true,
                        at(k.start, 9, 30));
            }
        }
    }

    /** Each case's timeline in the order it happened, so its seq runs with time as the services' would. */
    private void timelines(Connection c) throws SQLException {
        record Event(LocalDate on, String type, CaseStatus from, CaseStatus to, String note, String actor) {}
        try (BulkRows rows = new BulkRows(
                c,
                "case_event",
                "id, case_id, type, from_status, to_status, reason, effective_date, actor_id, occurred_at")) {
            for (Case k : cases) {
                List<Event> events = new ArrayList<>();
                String officer = officerOf(k.commune);
                events.add(new Event(k.start, "REGISTERED", null, CaseStatus.ACTIVE, null, officer));
                if (k.mentor >= 0) {
                    events.add(new Event(
                            k.mentorFrom,
                            "MENTOR_ASSIGNED",
                            null,
                            null,
                            mentors.get(k.mentor).name(),
                            officer));
                }
                for (Change ch : k.changes) {
                    events.add(new Event(ch.on(), "STATUS_CHANGED", ch.from(), ch.to(), ch.reason(), officer));
                    if (ch.to().isClosed() && k.mentor >= 0) {
                        events.add(new Event(
                                ch.on(),
                                "MENTOR_UNASSIGNED",
                                null,
                                null,
                                "case " + ch.to().name().toLowerCase(Locale.ROOT) + " ("
                                        + mentors.get(k.mentor).name() + ")",
                                officer));
                    }
                }
                if (k.transfer != 0) {
                    Unit to = units.get(k.moveTo);
                    events.add(new Event(
                            k.moveDate, "TRANSFER_REQUESTED", null, null, to.name() + ": chuyển nơi cư trú", officer));
                    String receiver = officers.get(k.moveTo)[0];
                    if (k.transfer == 1) {
                        events.add(new Event(
                                k.moveDate,
                                "TRANSFER_ACCEPTED",
                                null,
                                null,
                                units.get(k.commune).name() + " → " + to.name(),
                                receiver));
                        if (k.mentor >= 0) {
                            events.add(new Event(
                                    k.moveDate,
                                    "MENTOR_UNASSIGNED",
                                    null,
                                    null,
                                    CaseMoves.MOVED_REASON + " ("
                                            + mentors.get(k.mentor).name() + ")",
                                    receiver));
                        }
                        if (k.newMentor >= 0) {
                            events.add(new Event(
                                    k.newMentorFrom,
                                    "MENTOR_ASSIGNED",
                                    null,
                                    null,
                                    mentors.get(k.newMentor).name(),
                                    receiver));
                        }
                    } else if (k.transfer == 2) {
                        events.add(new Event(
                                min(k.moveDate.plusDays(1), today),
                                "TRANSFER_DECLINED",
                                null,
                                null,
                                "không cư trú tại địa bàn",
                                receiver));
                    }
                }
                events.sort(Comparator.comparing(Event::on)); // stable: same-day steps keep their order
                for (Event e : events) {
                    rows.add(
                            UUID.randomUUID().toString(),
                            k.id,
                            e.type(),
                            e.from() == null ? null : e.from().name(),
                            e.to() == null ? null : e.to().name(),
                            e.note(),
                            e.on(),
                            e.actor(),
                            at(e.on(), 10, 0));
                }
            }
        }
    }

    private void assignments(Connection c) throws SQLException {
        try (BulkRows rows = new BulkRows(
                c,
                "mentor_assignment",
                "id, case_id, mentor_id, start_date, end_date, end_reason, active, created_by, created_at, ended_by")) {
            for (Case k : cases) {
                if (k.mentor < 0) {
                    continue;
                }
                String officer = officers.get(k.commune)[0];
                LocalDate closed = k.closedOn();
                LocalDate end = null;
                String reason = null;
                if (k.transfer == 1) {
                    end = k.moveDate;
                    reason = CaseMoves.MOVED_REASON;
                } else if (closed != null) {
                    end = closed;
                    reason = "case " + k.status().name().toLowerCase(Locale.ROOT);
                }
                rows.add(
                        UUID.randomUUID().toString(),
                        k.id,
                        mentors.get(k.mentor).id(),
                        k.mentorFrom,
                        end,
                        reason,
                        end == null,
                        officer,
                        at(k.mentorFrom, 10, 0),
                        end == null ? null : officer);
                if (k.newMentor >= 0) {
                    rows.add(
                            UUID.randomUUID().toString(),
                            k.id,
                            mentors.get(k.newMentor).id(),
                            k.newMentorFrom,
                            null,
                            null,
                            true,
                            officers.get(k.moveTo)[0],
                            at(k.newMentorFrom, 10, 0),
                            null);
                }
            }
        }
    }

    /**
     * The plan's versions follow the status history (PlansFollowTheCase): a pause ends the running
     * version (CASE_PAUSED), a resume opens a new one of the same series, a close ends it (CASE_CLOSED).
     * Check-ins on the period's Mondays while the person is expected to report, about 80 % kept
     * (absent persons rarely), some late in the week.
     */
    private void plansAndCheckins(Connection c) throws SQLException {
        try (BulkRows plans = new BulkRows(
                        c,
                        "checkin_plan",
                        "id, series_id, case_id, kind, rrule, grace, effective_from, effective_to, created_by, created_at,"
                                + " end_cause");
                BulkRows checkins = new BulkRows(
                        c,
                        "checkin",
                        "id, case_id, kind, occurred_at, received_at, wellbeing, craving, note, latitude, longitude,"
                                + " recorded_by")) {
            for (Case k : cases) {
                String series = UUID.randomUUID().toString();
                String officer = officers.get(k.commune)[0];
                LocalDate from = k.start;
                String id = series;
                for (Change ch : k.changes) {
                    if (ch.to() == CaseStatus.SUSPENDED || ch.to().isClosed()) {
                        if (from != null) {
                            plans.add(
                                    id,
                                    series,
                                    k.id,
                                    "SELF_CHECKIN",
                                    RRULE,
                                    GRACE,
                                    from,
                                    ch.on(),
                                    officer,
                                    at(from, 9, 0),
                                    ch.to().isClosed() ? "CASE_CLOSED" : "CASE_PAUSED");
                            from = null;
                        }
                    } else if (ch.from() == CaseStatus.SUSPENDED && from == null) {
                        from = ch.on();
                        id = UUID.randomUUID().toString();
                    }
                }
                if (from != null) {
                    plans.add(
                            id, series, k.id, "SELF_CHECKIN", RRULE, GRACE, from, null, officer, at(from, 9, 0), null);
                }
                LocalDate closed = k.closedOn();
                for (LocalDate monday = period.startsOn().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                        !monday.isAfter(asOf);
                        monday = monday.plusWeeks(1)) {
                    if (monday.isBefore(k.start) || (closed != null && !monday.isBefore(closed))) {
                        continue;
                    }
                    CaseStatus s = k.statusOn(monday);
                    if (!COUNTED.contains(s) || rnd.nextDouble() >= (s == CaseStatus.ABSENT ? 0.05 : 0.8)) {
                        continue;
                    }
                    LocalDate day = rnd.nextDouble() < 0.9 ? monday : min(monday.plusDays(1 + rnd.nextInt(6)), asOf);
                    Instant occurred = at(day, 7 + rnd.nextInt(14), rnd.nextInt(60));
                    checkins.add(
                            UUID.randomUUID().toString(),
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
                }
            }
        }
    }

    /** Two tests per case in the period while it is open; a relapse comes with its positive test. */
    private void drugTests(Connection c) throws SQLException {
        try (BulkRows rows =
                new BulkRows(c, "drug_test", "id, case_id, tested_on, result, tested_by, recorded_by, recorded_at")) {
            for (Case k : cases) {
                LocalDate from = max(period.startsOn(), k.start);
                LocalDate closed = k.closedOn();
                LocalDate to = closed == null ? asOf : min(asOf, closed.minusDays(1));
                if (to.isBefore(from)) {
                    continue;
                }
                for (int t = 0; t < 2; t++) {
                    LocalDate on = between(from, to);
                    double r = rnd.nextDouble();
                    String result = r < 0.95 ? "NEGATIVE" : r < 0.99 ? "POSITIVE" : "REFUSED";
                    test(rows, k, on, result);
                }
                for (Change ch : k.changes) {
                    if (ch.to() == CaseStatus.RELAPSED) {
                        test(rows, k, ch.on(), "POSITIVE");
                    }
                }
            }
        }
    }

    private void test(BulkRows rows, Case k, LocalDate on, String result) throws SQLException {
        rows.add(
                UUID.randomUUID().toString(),
                k.id,
                on,
                result,
                "Trạm Y tế " + units.get(k.communeOn(on)).name(),
                officers.get(k.communeOn(on))[0],
                at(on, 15, 0));
    }

    /** case_transfer rows as TransferStore writes them, then the accepted moves applied to the cases. */
    private void transfers(Connection c) throws SQLException {
        List<Case> moved = new ArrayList<>();
        try (BulkRows rows = new BulkRows(
                c,
                "case_transfer",
                "id, case_id, from_unit_id, to_unit_id, initiated_by, state, move_date, reason, new_address, note,"
                        + " case_status, requested_by, requested_at, answer_due_at, offered_by, offered_at, answered_by,"
                        + " answered_at, answer_reason, escalated_at, version, open_case_id")) {
            for (Case k : cases) {
                if (k.transfer == 0) {
                    continue;
                }
                Instant requested = at(max(k.start, k.moveDate.minusDays(rnd.nextInt(4))), 9, 0);
                Instant answered = requested.plusSeconds(3600L * (1 + rnd.nextInt(20)));
                String state = k.transfer == 1 ? "ACCEPTED" : k.transfer == 2 ? "DECLINED" : "REQUESTED";
                boolean open = k.transfer == 3;
                rows.add(
                        UUID.randomUUID().toString(),
                        k.id,
                        units.get(k.commune).id(),
                        units.get(k.moveTo).id(),
                        "SENDER",
                        state,
                        k.moveDate,
                        "chuyển nơi cư trú",
                        "Tổ 3, " + units.get(k.moveTo).name(),
                        null,
                        k.statusOn(k.moveDate).name(),
                        officers.get(k.commune)[0],
                        requested,
                        requested.plusSeconds(86_400),
                        null,
                        null,
                        open ? null : officers.get(k.moveTo)[0],
                        open ? null : answered,
                        k.transfer == 2 ? "không cư trú tại địa bàn" : null,
                        null,
                        open ? 0 : 1,
                        open ? k.id : null);
                if (k.transfer == 1) {
                    moved.add(k);
                }
            }
        }
        // CaseMoves.move: the row names the new commune (its trigger tells the old commune's phones).
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE managed_case SET admin_unit_id = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
            for (Case k : moved) {
                ps.setString(1, units.get(k.moveTo).id());
                ps.setTimestamp(2, Timestamp.from(at(k.moveDate, 11, 0)));
                ps.setString(3, k.id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
        long[] sum = BulkRows.ROWS_AND_NANOS.computeIfAbsent("managed_case (moved: UPDATE)", t -> new long[2]);
        sum[0] += moved.size();
        sum[1] += System.nanoTime() - t0;
    }

    /**
     * About 10 % of open cases referred to a job, a course or a loan, with every step the pipeline
     * took, and the retention checks a placement or enrolment starts (answered once due).
     */
    private void referrals(Connection c) throws SQLException {
        try (BulkRows refs = new BulkRows(
                        c,
                        "referral",
                        "id, case_id, opportunity_id, provider_id, kind, status, status_date, shared_fields, created_by,"
                                + " created_at");
                BulkRows steps = new BulkRows(
                        c,
                        "referral_step",
                        "id, referral_id, from_status, to_status, step_date, note, actor_id, occurred_at");
                BulkRows checks = new BulkRows(
                        c,
                        "retention_check",
                        "id, referral_id, case_id, months, due_on, answered_at, answered_by, outcome, note")) {
            List<Object[]> stepRows = new ArrayList<>();
            List<Object[]> checkRows = new ArrayList<>();
            for (Case k : cases) {
                if (k.closedOn() != null || rnd.nextDouble() >= 0.1) {
                    continue;
                }
                double kr = rnd.nextDouble();
                String kind = kr < 0.5 ? "JOB" : kr < 0.8 ? "COURSE" : "LOAN";
                List<String> providers = kind.equals("JOB") ? employers : kind.equals("COURSE") ? schools : banks;
                String provider = providers.get(rnd.nextInt(providers.size()));
                String id = UUID.randomUUID().toString();
                LocalDate day = between(max(k.start, period.startsOn().minusMonths(4)), asOf.minusDays(20));
                LocalDate proposed = day;
                String actor = officers.get(k.communeOn(day))[0];
                List<String> path = new ArrayList<>(List.of("PROPOSED", "ACCEPTED", "SENT"));
                double o = rnd.nextDouble();
                switch (kind) {
                    case "JOB" -> {
                        path.add("INTERVIEW");
                        if (o < 0.6) {
                            path.add("PLACED");
                        } else if (o < 0.8) {
                            path.add("NOT_PLACED");
                        }
                    }
                    case "COURSE" -> path.add(o < 0.8 ? "ENROLLED" : "WITHDRAWN");
                    default -> path.add(o < 0.7 ? "PLACED" : "NOT_PLACED");
                }
                String from = null;
                String status = null;
                LocalDate statusDate = day;
                String shared = "";
                LocalDate started = null;
                for (String to : path) {
                    if (day.isAfter(asOf)) {
                        break;
                    }
                    if (to.equals("ACCEPTED")) {
                        shared = "FULL_NAME,PHONE";
                    }
                    stepRows.add(
                            new Object[] {UUID.randomUUID().toString(), id, from, to, day, null, actor, at(day, 14, 0)
                            });
                    status = to;
                    statusDate = day;
                    if (to.equals("PLACED") || (to.equals("ENROLLED") && kind.equals("COURSE"))) {
                        started = day;
                    }
                    from = to;
                    day = day.plusDays(1 + rnd.nextInt(7));
                }
                refs.add(id, k.id, null, provider, kind, status, statusDate, shared, actor, at(proposed, 14, 0));
                if (started != null) {
                    for (int months : new int[] {3, 6}) {
                        LocalDate due = started.plusMonths(months);
                        boolean answered =
                                !due.isAfter(today.minusDays(7)) || (!due.isAfter(today) && rnd.nextBoolean());
                        Instant answeredAt = answered ? at(min(due.plusDays(rnd.nextInt(7)), today), 10, 0) : null;
                        String outcome = answered ? (rnd.nextDouble() < 0.75 ? "STILL_ACTIVE" : "STOPPED") : null;
                        checkRows.add(new Object[] {
                            UUID.randomUUID().toString(),
                            id,
                            k.id,
                            months,
                            due,
                            answeredAt,
                            answered ? (k.mentor >= 0 ? mentors.get(k.mentor).id() : actor) : null,
                            outcome,
                            null
                        });
                    }
                }
            }
            refs.commitNow(); // steps and checks reference the referrals
            for (Object[] s : stepRows) {
                steps.add(s);
            }
            for (Object[] r : checkRows) {
                checks.add(r);
            }
        }
    }

    /** About 6 % of open cases ask for help once (a few twice); most are answered within the hour. */
    private void helpRequests(Connection c) throws SQLException {
        String[] categories = {"CRAVING", "CRISIS", "CONFLICT", "OTHER"};
        try (BulkRows rows = new BulkRows(
                c,
                "help_request",
                "id, case_id, category, note, created_at, escalated_at, acknowledged_at, acknowledged_by, resolved_at,"
                        + " resolved_by, resolution_note")) {
            for (Case k : cases) {
                LocalDate closed = k.closedOn();
                LocalDate from = max(period.startsOn(), k.start);
                LocalDate to = closed == null ? asOf : min(asOf, closed.minusDays(1));
                if (to.isBefore(from)) {
                    continue;
                }
                int times = rnd.nextDouble() < 0.06 ? (rnd.nextDouble() < 0.15 ? 2 : 1) : 0;
                for (int t = 0; t < times; t++) {
                    LocalDate day = between(from, to);
                    Instant created = at(day, rnd.nextInt(24), rnd.nextInt(60));
                    boolean hasMentor = k.mentor >= 0 && k.communeOn(day) == k.commune;
                    long minutes = Math.max(1, Math.round(Math.exp(3.5 + 1.2 * rnd.nextGaussian())));
                    boolean unanswered = rnd.nextDouble() < 0.03;
                    Instant escalated =
                            !hasMentor ? created.plusSeconds(1) : minutes > 30 ? created.plusSeconds(30 * 60) : null;
                    Instant ack = unanswered ? null : created.plusSeconds(60 * minutes);
                    String by = ack == null
                            ? null
                            : hasMentor && escalated == null
                                    ? mentors.get(k.mentor).id()
                                    : officers.get(k.communeOn(day))[0];
                    Instant resolved = ack == null ? null : ack.plusSeconds(3600L * (1 + rnd.nextInt(48)));
                    rows.add(
                            UUID.randomUUID().toString(),
                            k.id,
                            categories[rnd.nextInt(4)],
                            null,
                            created,
                            escalated,
                            ack,
                            by,
                            resolved,
                            by,
                            resolved == null ? null : "đã gọi điện hỗ trợ");
                }
            }
        }
    }

    /** The commune's register: every completion numbered per commune and year, "{seq}/{year}/GCN". */
    private void certificates(Connection c) throws SQLException {
        Map<String, Integer> counters = new HashMap<>();
        try (BulkRows rows =
                new BulkRows(c, "certificate_number", "case_id, admin_unit_id, year, seq, number, issued_at")) {
            for (Case k : cases) {
                if (k.status() != CaseStatus.COMPLETED) {
                    continue;
                }
                LocalDate on = k.closedOn();
                String key = k.finalCommune + ":" + on.getYear();
                int seq = counters.merge(key, 1, Integer::sum);
                rows.add(
                        k.id,
                        units.get(k.finalCommune).id(),
                        on.getYear(),
                        seq,
                        seq + "/" + on.getYear() + "/GCN",
                        at(on, 11, 0));
            }
        }
        try (BulkRows rows = new BulkRows(c, "certificate_counter", "admin_unit_id, year, last_seq")) {
            for (Map.Entry<String, Integer> e : counters.entrySet()) {
                String[] key = e.getKey().split(":");
                rows.add(units.get(Integer.parseInt(key[0])).id(), Integer.parseInt(key[1]), e.getValue());
            }
        }
    }

    // ---------------------------------------------------------------- what the report should find

    /** Cases of the benchmark's province under management (ACTIVE, ABSENT, RELAPSED) on the as-of day. */
    long expectedUnderManagement() {
        return cases.stream()
                .filter(k -> k.commune < communes && !k.start.isAfter(asOf) && COUNTED.contains(k.statusOn(asOf)))
                .count();
    }

    /** Accepted moves in the period between communes of the benchmark's province. */
    long expectedMoves() {
        return cases.stream()
                .filter(k -> k.commune < communes && k.transfer == 1)
                .count();
    }

    long expectedCompleted() {
        return cases.stream()
                .filter(k ->
                        k.commune < communes && k.status() == CaseStatus.COMPLETED && period.contains(k.closedOn()))
                .count();
    }
}
