package vn.donghanh.drugtest;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Drug test results, recorded and read by officers only (sensitive health data). A positive or
 * refused test asks the officer to decide a status change; the system never changes status itself.
 */
@Singleton
public class DrugTestService {
    private final DrugTestRepository tests;
    private final CaseService cases;
    private final AuditLog audit;
    private final Clock clock;

    public DrugTestService(DrugTestRepository tests, CaseService cases, AuditLog audit, Clock clock) {
        this.tests = tests;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DrugTestModels.DrugTest record(Caller caller, String caseId, DrugTestModels.RecordDrugTest r) {
        requireOfficer(caller);
        CaseEntity c = cases.inScope(caller, caseId);
        var replay = tests.findById(r.id().toString());
        if (replay.isPresent()) {
            if (!replay.get().caseId().equals(caseId)
                    || !replay.get().testedOn().equals(r.testedOn())
                    || !replay.get().result().equals(r.result().name())) {
                throw ApiException.conflict("id-in-use", "id is already used by another record");
            }
            return view(replay.get());
        }
        if (r.testedOn().isAfter(LocalDate.now(clock.withZone(ZoneId.of(c.timeZone()))))) {
            throw ApiException.badField("testedOn", "cannot be in the future");
        }
        DrugTestEntity saved = tests.save(new DrugTestEntity(
                r.id().toString(),
                caseId,
                r.testedOn(),
                r.result().name(),
                r.testedBy().strip(),
                caller.accountId(),
                clock.instant()));
        audit.append(AuditEntry.of(caller, AuditAction.DRUG_TEST_RECORD, caseId, "drug-test:" + saved.id(), null));
        return view(saved);
    }

    @Transactional
    public List<DrugTestModels.DrugTest> list(Caller caller, String caseId) {
        requireOfficer(caller);
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.DRUG_TESTS_READ, caseId, "drug-tests", null));
        return tests.findByCaseIdOrderByTestedOnDesc(caseId).stream()
                .map(DrugTestService::view)
                .toList();
    }

    private static DrugTestModels.DrugTest view(DrugTestEntity e) {
        DrugTestResult result = DrugTestResult.valueOf(e.result());
        return new DrugTestModels.DrugTest(
                e.id(),
                e.caseId(),
                e.testedOn(),
                result,
                e.testedBy(),
                e.recordedBy(),
                e.recordedAt().atOffset(ZoneOffset.UTC),
                result != DrugTestResult.NEGATIVE);
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("drug tests are recorded and read by officers only");
        }
    }

    /** One test, for counts: its day and whether it was positive (a refusal is not a positive result). */
    public record TestFact(String caseId, LocalDate testedOn, boolean positive) {}

    /** The tests of these cases from {@code from} to {@code until} inclusive, in one query; no names, not audited (counts). */
    public List<TestFact> testsBetween(Collection<String> caseIds, LocalDate from, LocalDate until) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return tests.findByCaseIdInAndTestedOnBetween(caseIds, from, until).stream()
                .map(t -> new TestFact(
                        t.caseId(), t.testedOn(), DrugTestResult.POSITIVE.name().equals(t.result())))
                .toList();
    }

    /**
     * For a transfer sheet (the transfer feature has checked the reader's part in it): the case's
     * drug tests from {@code from} to {@code until} inclusive, newest first; not audited here, the
     * sheet's read is.
     */
    public List<DrugTestModels.DrugTest> forSheet(String caseId, LocalDate from, LocalDate until) {
        return tests.findByCaseIdOrderByTestedOnDesc(caseId).stream()
                .filter(t -> !t.testedOn().isBefore(from) && !t.testedOn().isAfter(until))
                .map(DrugTestService::view)
                .toList();
    }
}
