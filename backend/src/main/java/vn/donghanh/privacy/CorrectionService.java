package vn.donghanh.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.account.AccountService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseEntity;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.casefile.CaseQueries;
import vn.donghanh.casefile.CaseScope;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.casefile.ManagementBasis;
import vn.donghanh.casefile.Sex;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.PlausibleDates;
import vn.donghanh.common.Times;
import vn.donghanh.security.Caller;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.PhoneNumbers;
import vn.donghanh.security.Role;

/**
 * The person's right to have their data corrected (Law 91/2025): the person asks for one field of
 * their case with the value they propose and why; a commune officer with the case in scope accepts
 * (the case is edited through {@link CaseService#update}, validated and audited as any edit) or
 * declines with a reason the person reads. Answering and applying happen in one transaction.
 */
@Singleton
public class CorrectionService {
    /** At most this many requests in an officer's list: they are few, and the oldest waits on top. */
    private static final int LIST_LIMIT = 200;

    private final CorrectionStore store;
    private final CaseService cases;
    private final AccountService accounts;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    public CorrectionService(
            CorrectionStore store,
            CaseService cases,
            AccountService accounts,
            DataCipher cipher,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.cases = cases;
        this.accounts = accounts;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CorrectionModels.Correction ask(Caller caller, CorrectionModels.AskCorrection r) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only a managed person asks for a correction of their own case");
        }
        String caseId = caller.caseId();
        CaseEntity c = cases.find(caseId);
        String value = checked(r.field(), r.proposedValue(), c);
        if (store.hasOpen(caseId, r.field())) {
            throw ApiException.conflict(
                    "correction-open", "a request to correct this field is waiting for an answer already");
        }
        String id = UUID.randomUUID().toString();
        store.insert(id, caseId, r.field(), value, r.reason().strip(), caller.accountId(), clock.instant());
        audit.append(AuditEntry.of(
                caller,
                AuditAction.CORRECTION_REQUEST,
                caseId,
                "correction:" + id,
                r.field().name()));
        return views(List.of(store.find(id).orElseThrow())).get(0);
    }

    @Transactional
    public List<CorrectionModels.Correction> mine(Caller caller) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only a managed person has correction requests of their own");
        }
        String caseId = caller.caseId();
        audit.append(AuditEntry.of(caller, AuditAction.CORRECTIONS_READ, caseId, "case", null));
        return views(store.ofCase(caseId));
    }

    /** An officer's requests with {@code status} (default: the open ones) about the cases in their scope. */
    @Transactional
    public List<CorrectionModels.Correction> inScope(Caller caller, CorrectionStatus status) {
        requireOfficer(caller);
        List<CorrectionStore.Row> rows =
                store.inScope(CaseScope.of(caller), status == null ? CorrectionStatus.OPEN : status, LIST_LIMIT);
        Set<String> caseIds = new LinkedHashSet<>();
        rows.forEach(row -> caseIds.add(row.caseId()));
        audit.appendAll(caseIds.stream()
                .map(id -> AuditEntry.of(caller, AuditAction.CORRECTIONS_READ, id, "case", null))
                .toList());
        return views(rows);
    }

    /** An officer's view of one case's requests, every status, newest first. */
    @Transactional
    public List<CorrectionModels.Correction> ofCase(Caller caller, String caseId) {
        requireOfficer(caller);
        cases.inScope(caller, caseId);
        audit.append(AuditEntry.of(caller, AuditAction.CORRECTIONS_READ, caseId, "case", null));
        return views(store.ofCase(caseId));
    }

    /** How many requests wait for an answer in the officer's scope (the "Hôm nay" line). */
    @Transactional
    public int openCount(Caller caller) {
        if (!caller.is(Role.OFFICER)) return 0;
        return store.inScope(CaseScope.of(caller), CorrectionStatus.OPEN, LIST_LIMIT)
                .size();
    }

    @Transactional
    public CorrectionModels.Correction decide(Caller caller, String id, CorrectionModels.Decide d) {
        requireOfficer(caller);
        CorrectionStore.Row found = store.find(id).orElseThrow(ApiException::notFound);
        CaseEntity c = cases.inScope(caller, found.caseId());
        CorrectionStore.Row row = store.lock(id).orElseThrow(ApiException::notFound);
        if (row.status() != CorrectionStatus.OPEN) {
            throw ApiException.conflict(
                    "correction-answered", "the request was answered already (" + row.status() + ")");
        }
        String declineReason = d.reason() == null ? null : d.reason().strip();
        if (!d.accept() && (declineReason == null || declineReason.isEmpty())) {
            throw ApiException.badField("reason", "is required to decline a correction");
        }
        Instant now = clock.instant();
        if (d.accept()) {
            // Checked again: the case may have changed since the person asked (another edit, a new phone).
            String value = checked(row.field(), row.proposed(), c);
            cases.update(caller, c.id(), edited(c, row.field(), value));
            store.decide(id, CorrectionStatus.ACCEPTED, caller.accountId(), now, null);
        } else {
            store.decide(id, CorrectionStatus.DECLINED, caller.accountId(), now, declineReason);
        }
        audit.append(AuditEntry.of(
                caller,
                AuditAction.CORRECTION_DECIDE,
                c.id(),
                "correction:" + id,
                row.field() + (d.accept() ? " accepted" : " declined")));
        return views(List.of(store.find(id).orElseThrow())).get(0);
    }

    /** The proposed value as the case would hold it, or a problem naming {@code proposedValue}. */
    private String checked(CorrectableField field, String proposed, CaseEntity c) {
        String v = proposed.strip();
        String normalised =
                switch (field) {
                    case FULL_NAME -> atMost(v, 200);
                    case ETHNICITY -> atMost(v, 64);
                    case ADDRESS -> atMost(v, 500);
                    case PHONE -> {
                        if (!PhoneNumbers.isValid(v)) {
                            throw ApiException.badField("proposedValue", "is not a Vietnamese phone number");
                        }
                        yield PhoneNumbers.normalise(v);
                    }
                    case PREFERRED_LANGUAGE -> {
                        if (!v.equals("vi") && !v.equals("en")) {
                            throw ApiException.badField("proposedValue", "must be vi or en");
                        }
                        yield v;
                    }
                    case DATE_OF_BIRTH -> date(v, c).toString();
                };
        if (normalised.equals(current(field, c))) {
            throw ApiException.badField("proposedValue", "is the value the case holds already");
        }
        return normalised;
    }

    private LocalDate date(String v, CaseEntity c) {
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeException e) {
            throw ApiException.badField("proposedValue", "must be a date in the form YYYY-MM-DD");
        }
        if (d.isBefore(PlausibleDates.EARLIEST)) {
            throw ApiException.badField("proposedValue", "must not be before 1900-01-01");
        }
        if (d.isAfter(LocalDate.now(clock.withZone(ZoneId.of(c.timeZone()))))) {
            throw ApiException.badField("proposedValue", "cannot be in the future");
        }
        return d;
    }

    private static String atMost(String v, int max) {
        if (v.length() > max) {
            throw ApiException.badField("proposedValue", "must be at most " + max + " characters");
        }
        return v;
    }

    private String current(CorrectableField field, CaseEntity c) {
        return switch (field) {
            case FULL_NAME -> c.fullName();
            case DATE_OF_BIRTH -> c.dateOfBirth().toString();
            case ETHNICITY -> c.ethnicity();
            case ADDRESS -> c.address();
            case PHONE -> c.phoneEnc() == null ? null : cipher.decrypt(c.phoneEnc());
            case PREFERRED_LANGUAGE -> c.preferredLanguage();
        };
    }

    /** The case's edit with one field changed and everything else as it is. */
    private CaseModels.UpdateCase edited(CaseEntity c, CorrectableField field, String v) {
        return new CaseModels.UpdateCase(
                c.version(),
                field == CorrectableField.FULL_NAME ? v : c.fullName(),
                field == CorrectableField.DATE_OF_BIRTH ? LocalDate.parse(v) : c.dateOfBirth(),
                Sex.valueOf(c.sex()),
                field == CorrectableField.ETHNICITY ? v : c.ethnicity(),
                field == CorrectableField.PREFERRED_LANGUAGE ? v : c.preferredLanguage(),
                field == CorrectableField.PHONE ? v : (c.phoneEnc() == null ? null : cipher.decrypt(c.phoneEnc())),
                c.nationalIdEnc() == null ? null : cipher.decrypt(c.nationalIdEnc()),
                field == CorrectableField.ADDRESS ? v : c.address(),
                ManagementBasis.valueOf(c.basis()),
                c.decisionNumber(),
                c.decisionDate(),
                c.startDate(),
                c.timeZone());
    }

    private List<CorrectionModels.Correction> views(List<CorrectionStore.Row> rows) {
        Set<String> caseIds = new HashSet<>();
        Set<String> deciders = new HashSet<>();
        for (CorrectionStore.Row r : rows) {
            caseIds.add(r.caseId());
            if (r.decidedBy() != null) deciders.add(r.decidedBy());
        }
        Map<String, String> names = accounts.displayNamesOf(deciders);
        Map<String, CaseQueries.CaseLabel> labels = cases.labels(caseIds);
        Map<String, CaseEntity> entities = new java.util.HashMap<>();
        for (String id : caseIds) entities.put(id, cases.find(id));
        List<CorrectionModels.Correction> out = new ArrayList<>();
        for (CorrectionStore.Row r : rows) {
            CaseQueries.CaseLabel label = labels.get(r.caseId());
            out.add(new CorrectionModels.Correction(
                    r.id(),
                    r.caseId(),
                    label == null ? null : label.fullName(),
                    r.field(),
                    current(r.field(), entities.get(r.caseId())),
                    r.proposed(),
                    r.reason(),
                    r.status(),
                    Times.utc(r.requestedAt()),
                    r.decidedBy() == null ? null : names.get(r.decidedBy()),
                    r.decidedAt() == null ? null : Times.utc(r.decidedAt()),
                    r.declineReason()));
        }
        return out;
    }

    private static void requireOfficer(Caller caller) {
        if (!caller.is(Role.OFFICER)) {
            throw ApiException.forbidden("correction requests are answered by commune officers");
        }
    }
}
