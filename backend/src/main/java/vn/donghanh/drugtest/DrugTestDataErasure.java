package vn.donghanh.drugtest;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/** Drug tests keep their date and result (the relapse figures); who tested, typed in as text, is replaced. */
@Singleton
class DrugTestDataErasure implements PersonalDataErasure {
    private final DrugTestRepository tests;

    DrugTestDataErasure(DrugTestRepository tests) {
        this.tests = tests;
    }

    @Override
    public Set<String> tables() {
        return Set.of("drug_test");
    }

    @Override
    public void erase(String caseId) {
        tests.eraseTesters(caseId, Anonymised.TEXT);
    }
}
