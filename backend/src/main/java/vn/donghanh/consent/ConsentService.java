package vn.donghanh.consent;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/** Consent per purpose, granted or withdrawn by the person; every change is kept, the newest is in force. */
@Singleton
public class ConsentService {
    private final ConsentStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ConsentWithdrawnEvent> withdrawals;
    private final Clock clock;

    public ConsentService(
            ConsentStore store,
            AuditLog audit,
            ApplicationEventPublisher<ConsentWithdrawnEvent> withdrawals,
            Clock clock) {
        this.store = store;
        this.audit = audit;
        this.withdrawals = withdrawals;
        this.clock = clock;
    }

    @Transactional
    public ConsentModels.Consent set(Caller caller, ConsentPurpose purpose, boolean granted) {
        String caseId = ownCase(caller);
        Instant now = clock.instant();
        store.record(caseId, purpose, granted, caller.accountId(), now);
        if (!granted) {
            // Withdrawal reaches back: what was kept under the consent is erased with it, by its owner.
            withdrawals.publishEvent(new ConsentWithdrawnEvent(caseId, purpose));
        }
        audit.append(AuditEntry.of(
                caller, AuditAction.CONSENT_CHANGE, caseId, "consent:" + purpose, granted ? "granted" : "withdrawn"));
        return new ConsentModels.Consent(purpose, granted, now.atOffset(ZoneOffset.UTC));
    }

    @Transactional
    public List<ConsentModels.Consent> mine(Caller caller) {
        String caseId = ownCase(caller);
        List<ConsentModels.Consent> out = new ArrayList<>();
        for (ConsentPurpose p : ConsentPurpose.values()) {
            store.latest(caseId, p).ifPresent(out::add);
        }
        return out;
    }

    /** The person's newest decision on {@code purpose} is a withdrawal (undecided is not withdrawn). */
    public boolean withdrawn(String caseId, ConsentPurpose purpose) {
        return store.latest(caseId, purpose).map(c -> !c.granted()).orElse(false);
    }

    public boolean granted(String caseId, ConsentPurpose purpose) {
        return store.latest(caseId, purpose).map(ConsentModels.Consent::granted).orElse(false);
    }

    private static String ownCase(Caller caller) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only the managed person gives or withdraws their consent");
        }
        return caller.caseId();
    }
}
