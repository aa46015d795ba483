package vn.donghanh.help;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.PersonalDataErasure;

/** Help requests keep their category and times (time to first answer); the notes go. */
@Singleton
class HelpDataErasure implements PersonalDataErasure {
    private final HelpStore store;

    HelpDataErasure(HelpStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("help_request");
    }

    @Override
    public void erase(String caseId) {
        store.eraseNotes(caseId);
    }
}
