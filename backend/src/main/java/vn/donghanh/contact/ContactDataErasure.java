package vn.donghanh.contact;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/** The mentor's contact log: each summary (free text about the person and their family) is replaced. */
@Singleton
class ContactDataErasure implements PersonalDataErasure {
    private final ContactLogRepository contacts;

    ContactDataErasure(ContactLogRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("contact_log");
    }

    @Override
    public void erase(String caseId) {
        contacts.eraseSummaries(caseId, Anonymised.TEXT);
    }
}
