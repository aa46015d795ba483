package vn.donghanh.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinPlanService;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.club.AttendanceService;
import vn.donghanh.club.BoardService;
import vn.donghanh.club.ClubModels;
import vn.donghanh.club.ClubService;
import vn.donghanh.club.MembershipService;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.organisation.OrganisationType;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The demo's peer club (issue 17): the Youth Union mentor of Tân Thịnh runs a weekly club whose first meeting
 * was this morning-ish (so it can be recorded); the demo person (0912000001) and a neighbour are members under
 * aliases, with a weekly GROUP_ACTIVITY plan each; the neighbour's presence is recorded, the demo person's is
 * left for the mentor to record; a few posts, one reported and waiting for a moderator to hide it.
 */
@Singleton
@Requires(property = "donghanh.demo", value = "true")
class DemoClub {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ClubService clubs;
    private final MembershipService memberships;
    private final AttendanceService attendance;
    private final BoardService board;
    private final CheckinPlanService plans;
    private final OrganisationService organisations;
    private final AccountRepository accounts;
    private final Clock clock;

    DemoClub(
            ClubService clubs,
            MembershipService memberships,
            AttendanceService attendance,
            BoardService board,
            CheckinPlanService plans,
            OrganisationService organisations,
            AccountRepository accounts,
            Clock clock) {
        this.clubs = clubs;
        this.memberships = memberships;
        this.attendance = attendance;
        this.board = board;
        this.plans = plans;
        this.organisations = organisations;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** {@code officer}: the commune's; {@code cases}: its first cases (the first is the demo person's). */
    void seed(Caller officer, List<String> cases, String mentorId) {
        String youthUnion = organisations.list(officer.unitId()).stream()
                .filter(o -> o.type() == OrganisationType.YOUTH_UNION)
                .findFirst()
                .orElseThrow()
                .id();
        Caller mentor = new Caller(
                mentorId,
                Role.MENTOR,
                "demo mentor",
                officer.unitId(),
                officer.unitPath(),
                youthUnion,
                null,
                "127.0.0.1");
        LocalDateTime first =
                LocalDateTime.now(clock.withZone(VN)).minusHours(3).truncatedTo(ChronoUnit.HOURS);
        ClubModels.Club club = clubs.create(
                mentor,
                new ClubModels.CreateClub(
                        UUID.randomUUID(),
                        UUID.fromString(youthUnion),
                        List.of(UUID.fromString(officer.unitId())),
                        "Câu lạc bộ đồng đẳng \"Vượt lên chính mình\"",
                        "Sinh hoạt hằng tuần tại Nhà văn hóa tổ 5: chia sẻ kinh nghiệm, giữ vững không tái nghiện,"
                                + " cùng nhau tìm việc làm.",
                        first,
                        90,
                        "FREQ=WEEKLY"));
        Caller hoa = person(officer, cases.get(0));
        Caller son = person(officer, cases.get(1));
        for (String caseId : List.of(hoa.caseId(), son.caseId())) {
            plans.create(
                    officer,
                    caseId,
                    new CheckinModels.CreatePlan(
                            null, PlanKind.GROUP_ACTIVITY, "FREQ=WEEKLY", "P1D", first.toLocalDate()));
        }
        memberships.join(hoa, club.id(), new ClubModels.Join("Hoa Ban", false));
        var sonMember = memberships.join(son, club.id(), new ClubModels.Join("Sơn Ca", true));
        attendance.record(
                mentor,
                club.id(),
                new ClubModels.RecordAttendance(
                        first.atZone(VN).toOffsetDateTime(), List.of(UUID.fromString(sonMember.memberId()))));
        board.post(
                hoa,
                club.id(),
                new ClubModels.CreatePost(
                        UUID.randomUUID(), "Tuần này mình đi làm đủ 6 ngày ở xưởng mộc. Cảm ơn cả nhóm đã động viên!"));
        board.post(
                son,
                club.id(),
                new ClubModels.CreatePost(
                        UUID.randomUUID(),
                        "Có ai biết lớp học nghề hàn nào gần phường mình không? Mình muốn đăng ký."));
        var bad = board.post(
                son,
                club.id(),
                new ClubModels.CreatePost(
                        UUID.randomUUID(), "Tối nay anh em ra quán ở chợ Túc Duyên làm vài chén nhé, mình bao."));
        board.report(
                hoa,
                club.id(),
                bad.id(),
                new ClubModels.ReportPost("Rủ đi nhậu, không hợp với mục đích của câu lạc bộ"));
    }

    private Caller person(Caller officer, String caseId) {
        String account =
                accounts.findByCaseId(caseId).map(AccountEntity::id).orElse("00000000-0000-0000-0000-000000000000");
        return new Caller(
                account, Role.PERSON, "demo person", officer.unitId(), officer.unitPath(), null, caseId, "127.0.0.1");
    }
}
