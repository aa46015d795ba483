package vn.donghanh.demo;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import vn.donghanh.drugtest.DrugTestModels;
import vn.donghanh.drugtest.DrugTestResult;
import vn.donghanh.drugtest.DrugTestService;
import vn.donghanh.help.HelpModels;
import vn.donghanh.help.HelpService;
import vn.donghanh.referral.ReferralModels;
import vn.donghanh.referral.ReferralService;
import vn.donghanh.referral.ReferralStatus;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * What a half-year of supervision leaves behind in a demo commune, so its periodic report has
 * figures in every part: drug tests (one positive), a person enrolled in a course and one placed in
 * a job through referrals, and a help request a mentor answered. All through the features' own
 * services, as an officer, a mentor and the person would record them.
 */
@Singleton
class DemoSupervisionHistory {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DrugTestService drugTests;
    private final ReferralService referrals;
    private final HelpService help;
    private final Clock clock;

    DemoSupervisionHistory(DrugTestService drugTests, ReferralService referrals, HelpService help, Clock clock) {
        this.drugTests = drugTests;
        this.referrals = referrals;
        this.help = help;
        this.clock = clock;
    }

    /** Drug tests for the commune's first eight cases, spread over the last ten weeks; the eighth is positive. */
    void drugTests(Caller officer, List<String> caseIds) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        for (int i = 0; i < Math.min(8, caseIds.size()); i++) {
            drugTests.record(
                    officer,
                    caseIds.get(i),
                    new DrugTestModels.RecordDrugTest(
                            UUID.randomUUID(),
                            today.minusDays(5 + 9L * i),
                            i == 7 ? DrugTestResult.POSITIVE : DrugTestResult.NEGATIVE,
                            "Trạm Y tế — test nhanh nước tiểu"));
        }
    }

    /** The second case enrols in the course, the third is placed in the job; each person agrees first. */
    void referrals(Caller officer, List<String> caseIds, String courseId, String jobId) {
        refer(officer, caseIds.get(1), courseId, ReferralStatus.ENROLLED);
        refer(officer, caseIds.get(2), jobId, ReferralStatus.PLACED);
    }

    private void refer(Caller officer, String caseId, String opportunityId, ReferralStatus reached) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        String id = referrals
                .create(
                        officer,
                        caseId,
                        new ReferralModels.CreateReferral(
                                UUID.randomUUID(), UUID.fromString(opportunityId), null, null, "Anh ấy muốn có nghề"))
                .id();
        referrals.step(
                person(officer, caseId),
                id,
                new ReferralModels.Step(
                        ReferralStatus.ACCEPTED,
                        today,
                        null,
                        List.of(ReferralModels.SharedField.FULL_NAME, ReferralModels.SharedField.PHONE)));
        referrals.step(officer, id, new ReferralModels.Step(ReferralStatus.SENT, today, null, null));
        referrals.step(
                officer, id, new ReferralModels.Step(reached, today, "Đã liên hệ nhà trường, doanh nghiệp", null));
    }

    /** The person of the first case asks for help at night; their mentor answers. */
    void helpRequest(Caller officer, String caseId, String mentorId) {
        String id = help.ask(
                        person(officer, caseId),
                        caseId,
                        new HelpModels.AskForHelp(UUID.randomUUID(), HelpModels.Category.CRAVING, null))
                .id();
        help.acknowledge(
                new Caller(
                        mentorId,
                        Role.MENTOR,
                        "demo mentor",
                        officer.unitId(),
                        officer.unitPath(),
                        null,
                        null,
                        "127.0.0.1"),
                id);
    }

    private static Caller person(Caller officer, String caseId) {
        return new Caller(
                "00000000-0000-0000-0000-000000000000",
                Role.PERSON,
                "demo person",
                officer.unitId(),
                officer.unitPath(),
                null,
                caseId,
                "127.0.0.1");
    }
}
