package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.drugtest.DrugTestModels;
import vn.donghanh.drugtest.DrugTestResult;
import vn.donghanh.drugtest.DrugTestService;
import vn.donghanh.security.Role;

/**
 * The case's drug tests (newest first) and the form that records one, through {@code DrugTestService}
 * as {@code GET/POST /api/v1/cases/{id}/drug-tests}: officers only (sensitive health data), each read
 * in the person's access log.
 */
@Singleton
public class DrugTestSection implements CaseSection {
    static final String NAME = "drugtests";
    /** The form's model key: the blank form here, the form as typed when {@link CaseRecordsController} re-shows it. */
    static final String FORM = "chkDrugForm";

    private final DrugTestService tests;
    private final AccountService accounts;
    private final Clock clock;

    public DrugTestSection(DrugTestService tests, AccountService accounts, Clock clock) {
        this.tests = tests;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The records' sections carry the prefix of their part ({@code chk-}) in their ids. */
    @Override
    public String anchor() {
        return "chk-" + name();
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        var list = tests.list(session.caller(), c.id());
        Map<String, String> names = accounts.displayNamesOf(
                list.stream().map(DrugTestModels.DrugTest::recordedBy).collect(Collectors.toSet()));
        model.put(
                "chkDrugTests",
                list.stream()
                        .map(t -> ConsolePage.row(
                                "testedOn", ConsoleFormat.date(t.testedOn()),
                                "result", t.result().name(),
                                "testedBy", t.testedBy(),
                                "recordedBy", names.get(t.recordedBy()),
                                "recordedAt", ConsoleFormat.dateTime(t.recordedAt(), zone),
                                "decisionNeeded", t.decisionNeeded()))
                        .toList());
        model.putIfAbsent(FORM, ConsoleForm.blank(Map.of("id", RecordForms.newId())));
        options(model, zone);
    }

    /** What the form offers, for the case page and for the form re-shown with its problems. */
    void options(Map<String, Object> model, ZoneId zone) {
        model.put(
                "chkDrugResults",
                Arrays.stream(DrugTestResult.values()).map(Enum::name).toList());
        model.put("chkToday", RecordForms.today(clock, zone));
    }
}
