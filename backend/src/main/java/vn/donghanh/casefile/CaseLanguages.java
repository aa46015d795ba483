package vn.donghanh.casefile;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import vn.donghanh.common.AccountLanguages;

/** A person's account speaks the language of their case ({@code managed_case.preferred_language}). */
@Singleton
class CaseLanguages implements AccountLanguages {
    private final CaseRepository cases;

    CaseLanguages(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<String> of(Authentication authentication) {
        Object caseId = authentication.getAttributes().get("caseId");
        if (!(caseId instanceof String id) || id.isBlank()) {
            return Optional.empty();
        }
        return ofCase(id);
    }

    @Override
    public Optional<String> ofCase(String caseId) {
        return cases.findById(caseId).map(CaseEntity::preferredLanguage);
    }
}
