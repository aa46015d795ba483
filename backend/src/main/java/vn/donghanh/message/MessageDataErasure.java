package vn.donghanh.message;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.privacy.Anonymised;
import vn.donghanh.privacy.PersonalDataErasure;

/** Messages between the person, their mentor and the officer: every body is replaced. */
@Singleton
class MessageDataErasure implements PersonalDataErasure {
    private final MessageStore store;

    MessageDataErasure(MessageStore store) {
        this.store = store;
    }

    @Override
    public Set<String> tables() {
        return Set.of("message");
    }

    @Override
    public void erase(String caseId) {
        store.eraseBodies(caseId, Anonymised.TEXT);
    }
}
