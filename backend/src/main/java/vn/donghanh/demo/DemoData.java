package vn.donghanh.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.account.AccountModels;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.account.AccountService;
import vn.donghanh.adminunit.AdminUnitLevel;
import vn.donghanh.adminunit.AdminUnitModels.AdminUnit;
import vn.donghanh.adminunit.AdminUnitModels.CreateAdminUnitRequest;
import vn.donghanh.adminunit.AdminUnitRepository;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.appointment.AppointmentModels;
import vn.donghanh.appointment.AppointmentService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.CaseStatus;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;
import vn.donghanh.checkin.CheckinKind;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinPlanService;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.checkin.PlanKind;
import vn.donghanh.mentoring.MentoringModels;
import vn.donghanh.mentoring.MentoringService;
import vn.donghanh.opportunity.OpportunityModels;
import vn.donghanh.opportunity.OpportunityService;
import vn.donghanh.organisation.OrganisationModels.CreateOrganisationRequest;
import vn.donghanh.organisation.OrganisationModels.Organisation;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.organisation.OrganisationType;
import vn.donghanh.provider.ProviderModels;
import vn.donghanh.provider.ProviderService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;
import vn.donghanh.transfer.TransferModels;
import vn.donghanh.transfer.TransferService;

/**
 * Loads a realistic demo once (a province with three communes, officers, mentors from each mass
 * organisation, ~30 cases in various states) through the same services the API uses, and prints
 * the demo logins at every start. Enabled with {@code --demo} or DONGHANH_DEMO=true.
 */
@Singleton
@Requires(property = "donghanh.demo", value = "true")
public class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    public static final String STAFF_PASSWORD = "demo-dong-hanh";
    public static final String PERSON_PIN = "246810";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh"};
    private static final String[] GIVEN = {
        "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tâm", "Tuấn", "Việt"
    };

    private final AdminUnitService units;
    private final AdminUnitRepository unitRows;
    private final OrganisationService organisations;
    private final AccountService accounts;
    private final AccountRepository accountRows;
    private final CaseService cases;
    private final MentoringService mentoring;
    private final CheckinPlanService plans;
    private final CheckinService checkins;
    private final ProviderService providers;
    private final OpportunityService opportunities;
    private final AppointmentService appointments;
    private final TransferService transfers;
    private final DemoSupervisionHistory history;
    private final DemoClub club;
    private final DemoKnowledge knowledge;
    private final DemoTraining training;
    private final Clock clock;
    private final vn.donghanh.privacy.CorrectionService corrections; // issue 17

    public DemoData(
            AdminUnitService units,
            AdminUnitRepository unitRows,
            OrganisationService organisations,
            AccountService accounts,
            AccountRepository accountRows,
            CaseService cases,
            MentoringService mentoring,
            CheckinPlanService plans,
            CheckinService checkins,
            ProviderService providers,
            OpportunityService opportunities,
            AppointmentService appointments,
            TransferService transfers,
            DemoSupervisionHistory history,
            Clock clock,
            vn.donghanh.privacy.CorrectionService corrections,
            DemoClub club,
            DemoKnowledge knowledge,
            DemoTraining training) {
        this.corrections = corrections;
        this.units = units;
        this.unitRows = unitRows;
        this.organisations = organisations;
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.cases = cases;
        this.mentoring = mentoring;
        this.plans = plans;
        this.checkins = checkins;
        this.providers = providers;
        this.opportunities = opportunities;
        this.appointments = appointments;
        this.transfers = transfers;
        this.history = history;
        this.club = club;
        this.knowledge = knowledge;
        this.training = training;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (unitRows.findByCode("DEMO-TN").isEmpty()) {
            load();
        }
        LOG.info("""

                ===== Đồng Hành demo logins =====
                staff (POST /api/v1/auth/login), password "{}":
                  admin: see data/initial-admin-password.txt   supervisor: demo.supervisor
                  officers: demo.officer.tanthinh, demo.officer.phuxa, demo.officer.quangtrung
                  mentors:  demo.mentor.youth, demo.mentor.women, demo.mentor.veterans, demo.mentor.farmers
                person (POST /api/v1/auth/person-login): phone 0912000001, PIN {}
                ==================================""", STAFF_PASSWORD, PERSON_PIN);
    }

    private void load() {
        LOG.info("Loading demo data");
        Caller admin = system(Role.ADMIN, AdminUnitService.NATION_ID, "/" + AdminUnitService.NATION_ID + "/");
        AdminUnit province = units.create(
                new CreateAdminUnitRequest(null, "DEMO-TN", "Tỉnh Thái Nguyên", AdminUnitLevel.PROVINCE, null, null));
        String[][] communeNames = {
            {"DEMO-TT", "Phường Tân Thịnh", "tanthinh"},
            {"DEMO-PX", "Phường Phú Xá", "phuxa"},
            {"DEMO-QT", "Phường Quang Trung", "quangtrung"}
        };
        account(admin, "demo.supervisor", "Lương Thị Hạnh (Công an tỉnh)", Role.SUPERVISOR, province.id(), null);
        int personNo = 0;
        List<UUID> communeIds = new ArrayList<>();
        Caller movingFrom = null;
        String movingCase = null;
        Caller firstOfficer = null;
        List<String> firstCases = new ArrayList<>();
        String firstMentor = null;
        for (int ci = 0; ci < communeNames.length; ci++) {
            String[] cn = communeNames[ci];
            AdminUnit commune = units.create(new CreateAdminUnitRequest(
                    null, cn[0], cn[1], AdminUnitLevel.COMMUNE, UUID.fromString(province.id()), null));
            communeIds.add(UUID.fromString(commune.id()));
            Organisation police = org("Công an " + cn[1], OrganisationType.COMMUNE_POLICE, commune.id());
            Organisation station = org("Trạm Y tế " + cn[1], OrganisationType.HEALTH_STATION, commune.id());
            String officerId = account(
                    admin,
                    "demo.officer." + cn[2],
                    "Cán bộ " + GIVEN[ci] + " (" + cn[1] + ")",
                    Role.OFFICER,
                    commune.id(),
                    police.id());
            List<String> mentorIds = new ArrayList<>();
            if (ci == 0) {
                mentorIds.add(account(
                        admin,
                        "demo.mentor.youth",
                        "Trịnh Văn Khoa (Đoàn Thanh niên)",
                        Role.MENTOR,
                        commune.id(),
                        org("Đoàn Thanh niên " + cn[1], OrganisationType.YOUTH_UNION, commune.id())
                                .id()));
                mentorIds.add(account(
                        admin,
                        "demo.mentor.women",
                        "Phan Thị Mai (Hội Phụ nữ)",
                        Role.MENTOR,
                        commune.id(),
                        org("Hội Liên hiệp Phụ nữ " + cn[1], OrganisationType.WOMENS_UNION, commune.id())
                                .id()));
                mentorIds.add(account(
                        admin,
                        "demo.mentor.veterans",
                        "Đinh Công Tráng (Hội Cựu chiến binh)",
                        Role.MENTOR,
                        commune.id(),
                        org("Hội Cựu chiến binh " + cn[1], OrganisationType.VETERANS_ASSOCIATION, commune.id())
                                .id()));
                mentorIds.add(account(
                        admin,
                        "demo.mentor.farmers",
                        "Ma Văn Sinh (Hội Nông dân)",
                        Role.MENTOR,
                        commune.id(),
                        org("Hội Nông dân " + cn[1], OrganisationType.FARMERS_ASSOCIATION, commune.id())
                                .id()));
            }
            Caller officer = new Caller(
                    officerId,
                    Role.OFFICER,
                    "demo officer",
                    commune.id(),
                    unitRows.findById(commune.id()).orElseThrow().path(),
                    police.id(),
                    null,
                    "127.0.0.1");
            List<String> communeCases = new ArrayList<>();
            for (int k = 0; k < 10; k++, personNo++) {
                String caseId = seedCase(officer, commune.id(), personNo, mentorIds, k);
                seedAppointment(officer, caseId, station.id(), personNo);
                communeCases.add(caseId);
                if (ci == 1 && k == 0) {
                    movingFrom = officer;
                    movingCase = caseId;
                }
            }
            history.drugTests(officer, communeCases);
            if (ci == 0) {
                firstOfficer = officer;
                firstCases = communeCases;
                firstMentor = mentorIds.get(0);
            }
        }
        String[] courseAndJob = seedOpportunities(admin, communeIds);
        knowledge.load(admin, province.id(), communeIds); // issue 17: the public pages and the places of help
        // Half a year of supervision for the periodic report: drug tests everywhere; referrals and a help
        // request answered by a mentor in Tân Thịnh, the demo officer's commune.
        history.referrals(firstOfficer, firstCases, courseAndJob[0], courseAndJob[1]);
        history.helpRequest(firstOfficer, firstCases.get(0), firstMentor);
        seedCorrectionRequest(firstOfficer, firstCases.get(0)); // issue 17: the person's data rights
        club.seed(firstOfficer, firstCases, firstMentor); // issue 17: the peer club of Tân Thịnh
        // Issue 17: two courses; the youth mentor of Tân Thịnh has completed the first.
        training.seed(admin, firstMentor, firstOfficer.unitId(), firstOfficer.unitPath());
        // A person of Phú Xá moving to Tân Thịnh: the demo officer of Tân Thịnh has a transfer to answer.
        transfers.start(
                movingFrom,
                movingCase,
                new TransferModels.StartTransfer(
                        null,
                        communeIds.get(0),
                        LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")))
                                .minusDays(1),
                        "Chuyển về ở cùng gia đình chị gái",
                        "Tổ 7, phường Tân Thịnh",
                        "Đã báo Công an phường Tân Thịnh qua điện thoại"));
    }

    /**
     * Issue 17: the demo person (phone 0912000001, Tân Thịnh) has asked to correct their address; the
     * request waits for the demo officer of Tân Thịnh (API, console case page, "Hôm nay").
     */
    private void seedCorrectionRequest(Caller officer, String caseId) {
        Caller person = new Caller(
                accounts.activePersonOf(caseId).orElse("00000000-0000-0000-0000-000000000000"),
                Role.PERSON,
                "demo person",
                officer.unitId(),
                officer.unitPath(),
                null,
                caseId,
                "127.0.0.1");
        corrections.ask(
                person,
                new vn.donghanh.privacy.CorrectionModels.AskCorrection(
                        vn.donghanh.privacy.CorrectableField.ADDRESS,
                        "Tổ 12, số nhà 45, ngõ 3 đường Lương Ngọc Quyến",
                        "Gia đình tôi đã chuyển sang tổ 12 từ tháng trước; địa chỉ cũ không còn đúng"));
    }

    /** A vocational school with a course and an employer with a job, serving the demo communes. */
    /** The course's and the job's ids. */
    private String[] seedOpportunities(Caller admin, List<UUID> communes) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        var school = providers.create(
                admin,
                new ProviderModels.CreateProvider(
                        null,
                        "Trường Cao đẳng Công nghiệp Thái Nguyên",
                        ProviderModels.ProviderType.VOCATIONAL_SCHOOL,
                        communes.get(0),
                        "Phường Tân Thịnh",
                        "02083855000",
                        "Cô Đào Thị Hương",
                        "0912555111",
                        communes));
        String course = opportunities
                .create(
                        admin,
                        new OpportunityModels.CreateOpportunity(
                                null,
                                UUID.fromString(school.id()),
                                OpportunityModels.Type.COURSE,
                                "Lớp sửa chữa xe máy",
                                "Học 3 tháng, có hỗ trợ tiền ăn",
                                communes.get(0),
                                "Xưởng thực hành, nhà B",
                                25,
                                today.plusWeeks(3),
                                null,
                                null,
                                null,
                                "Sửa chữa xe máy",
                                today.plusWeeks(4),
                                12,
                                "Miễn học phí",
                                null,
                                null,
                                null))
                .id();
        var employer = providers.create(
                admin,
                new ProviderModels.CreateProvider(
                        null,
                        "Công ty TNHH May Việt Thái",
                        ProviderModels.ProviderType.EMPLOYER,
                        communes.get(1),
                        "Khu công nghiệp",
                        "02083666000",
                        "Anh Lục Văn Tài",
                        "0912555222",
                        communes));
        String job = opportunities
                .create(
                        admin,
                        new OpportunityModels.CreateOpportunity(
                                null,
                                UUID.fromString(employer.id()),
                                OpportunityModels.Type.JOB,
                                "Công nhân may",
                                "Làm ca ngày, có bảo hiểm",
                                communes.get(1),
                                "Khu công nghiệp",
                                10,
                                today.plusWeeks(2),
                                "Sức khỏe tốt",
                                5_500_000L,
                                7_000_000L,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null))
                .id();
        return new String[] {course, job};
    }

    /** Methadone patients dose daily at 07:30 (at the health station, which dispenses here); others see a counsellor. */
    private void seedAppointment(Caller officer, String caseId, String placeId, int n) {
        LocalDate tomorrow =
                LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).plusDays(1);
        boolean methadone =
                ManagementBasis.values()[n % ManagementBasis.values().length] == ManagementBasis.OPIOID_SUBSTITUTION;
        appointments.create(
                officer,
                caseId,
                new AppointmentModels.CreateAppointment(
                        UUID.randomUUID(),
                        methadone ? AppointmentModels.Type.METHADONE_DOSE : AppointmentModels.Type.COUNSELLING,
                        UUID.fromString(placeId),
                        tomorrow.atTime(methadone ? 7 : 9, 30),
                        methadone ? 20 : 60,
                        methadone ? "FREQ=DAILY" : "FREQ=WEEKLY",
                        null));
    }

    private String seedCase(Caller officer, String communeId, int n, List<String> mentorIds, int k) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        ManagementBasis basis = ManagementBasis.values()[n % ManagementBasis.values().length];
        LocalDate start = today.minusMonths(3 + (n * 7L) % 26);
        LocalDate dob = n % 10 == 7 && basis == ManagementBasis.COMPULSORY_REHAB_MINOR
                ? start.minusYears(16)
                : start.minusYears(22 + n % 25);
        if (basis == ManagementBasis.COMPULSORY_REHAB_MINOR) {
            dob = start.minusYears(16);
        }
        String name = FAMILY[n % FAMILY.length] + " " + MIDDLE[n % MIDDLE.length] + " " + GIVEN[(n * 7) % GIVEN.length];
        CaseModels.CaseDetail c = cases.register(
                officer,
                new CaseModels.RegisterCase(
                        null,
                        UUID.fromString(communeId),
                        name,
                        dob,
                        MIDDLE[n % MIDDLE.length].equals("Thị") ? Sex.FEMALE : Sex.MALE,
                        n % 6 == 0 ? "Tày" : "Kinh",
                        "vi",
                        String.format("0912%06d", n + 1),
                        String.format("0190%08d", 10000 + n),
                        "Tổ " + (n % 12 + 1) + ", " + "số nhà " + (10 + n),
                        basis,
                        (100 + n) + "/QĐ-UBND",
                        start.minusDays(2),
                        start,
                        null));
        if (n == 0) {
            CaseModels.ActivationCode code = cases.issueActivationCode(officer, c.id());
            var account = accountRows.findById(code.accountId()).orElseThrow();
            accountRows.update(account.activated(new vn.donghanh.security.SecretHasher(10).hashPassword(PERSON_PIN)));
        }
        if (!mentorIds.isEmpty() && k < mentorIds.size() * 2) {
            mentoring.assign(
                    officer,
                    c.id(),
                    new MentoringModels.AssignMentor(
                            null, UUID.fromString(mentorIds.get(k % mentorIds.size())), start));
        }
        // Weekly self check-in on Mondays and office presence on the first working day of the month,
        // from four weeks ago; most people checked in most weeks, a few have fallen silent.
        LocalDate planStart = today.minusWeeks(4);
        plans.create(
                officer,
                c.id(),
                new CheckinModels.CreatePlan(null, PlanKind.SELF_CHECKIN, "FREQ=WEEKLY;BYDAY=MO", "PT12H", planStart));
        plans.create(
                officer,
                c.id(),
                new CheckinModels.CreatePlan(
                        null,
                        PlanKind.OFFICE_PRESENCE,
                        "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1",
                        "P3D",
                        planStart));
        Caller person = new Caller(
                "00000000-0000-0000-0000-000000000000",
                Role.PERSON,
                name,
                communeId,
                officer.unitPath(),
                null,
                c.id(),
                "127.0.0.1");
        for (int week = 0; week < 4 && n % 5 != 4; week++) {
            if ((n + week) % 4 == 3) {
                continue;
            }
            OffsetDateTime at = today.minusWeeks(week)
                    .with(DayOfWeek.MONDAY)
                    .atTime(7 + n % 10, 15)
                    .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                    .toOffsetDateTime();
            if (at.toInstant().isBefore(clock.instant())) {
                checkins.record(
                        person,
                        c.id(),
                        new CheckinModels.CreateCheckin(
                                UUID.randomUUID(), CheckinKind.SELF, at, 3 + n % 3, n % 4, null, null));
            }
        }
        CaseStatus target =
                switch (k) {
                    case 8 -> CaseStatus.SUSPENDED;
                    case 9 -> CaseStatus.ABSENT;
                    case 7 -> n > 20 ? CaseStatus.RELAPSED : CaseStatus.ACTIVE;
                    default -> CaseStatus.ACTIVE;
                };
        if (target != CaseStatus.ACTIVE) {
            cases.changeStatus(
                    officer,
                    c.id(),
                    new CaseModels.ChangeStatus(
                            null,
                            target,
                            target == CaseStatus.SUSPENDED
                                    ? "Đang điều trị tại bệnh viện tỉnh"
                                    : "Không có mặt tại nơi cư trú",
                            today.minusDays(3)));
        }
        return c.id();
    }

    private Organisation org(String name, OrganisationType type, String unitId) {
        return organisations.create(
                new CreateOrganisationRequest(null, name, type, UUID.fromString(unitId), null, null));
    }

    private String account(Caller admin, String username, String name, Role role, String unitId, String orgId) {
        return accounts.createStaff(
                        admin,
                        new AccountModels.CreateAccountRequest(
                                null,
                                username,
                                STAFF_PASSWORD,
                                name,
                                role,
                                UUID.fromString(unitId),
                                orgId == null ? null : UUID.fromString(orgId),
                                "0988" + String.format("%06d", Math.abs(username.hashCode()) % 1000000)))
                .id();
    }

    private static Caller system(Role role, String unitId, String unitPath) {
        return new Caller(
                "00000000-0000-0000-0000-000000000000", role, "demo loader", unitId, unitPath, null, null, "127.0.0.1");
    }
}
