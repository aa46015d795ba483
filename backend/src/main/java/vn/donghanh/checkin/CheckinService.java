package vn.donghanh.checkin;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.casefile.CaseService;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.CaseRecordId;
import vn.donghanh.common.Cursor;
import vn.donghanh.common.OfflineRecords;
import vn.donghanh.common.Page;
import vn.donghanh.consent.ConsentPurpose;
import vn.donghanh.consent.ConsentService;
import vn.donghanh.consent.ConsentWithdrawnEvent;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * Check-ins: a person's own "I'm OK" (from the phone, possibly created offline), or office
 * presence and residence verification recorded by an officer. The client's id makes a resubmission
 * return the first record instead of a second one.
 */
@Singleton
public class CheckinService {
    private final CheckinRepository checkins;
    private final CaseService cases;
    private final ConsentService consents;
    private final CheckinQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    public CheckinService(
            CheckinRepository checkins,
            CaseService cases,
            ConsentService consents,
            CheckinQueries queries,
            AuditLog audit,
            Clock clock) {
        this.checkins = checkins;
        this.cases = cases;
        this.consents = consents;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Location consent withdrawn: the locations kept under it are erased, in the withdrawal's transaction. */
    @EventListener
    void onConsentWithdrawn(ConsentWithdrawnEvent withdrawn) {
        if (withdrawn.purpose() == ConsentPurpose.LOCATION_ON_CHECKIN) {
            checkins.eraseLocations(withdrawn.caseId());
        }
    }

    @Transactional
    public CheckinModels.Checkin record(Caller caller, String caseId, CheckinModels.CreateCheckin r) {
        if (r.kind() == CheckinKind.GROUP_ACTIVITY) {
            throw ApiException.forbidden("a group activity is recorded through a club's attendance");
        }
        if (r.kind() == CheckinKind.SELF ? !caller.is(Role.PERSON) : !caller.is(Role.OFFICER)) {
            throw ApiException.forbidden(
                    r.kind() == CheckinKind.SELF
                            ? "a self check-in comes from the person"
                            : "office presence and residence checks are recorded by officers");
        }
        var c = cases.inScope(caller, caseId);
        var replay = checkins.findById(r.id().toString());
        if (replay.isPresent()) {
            if (!replay.get().caseId().equals(caseId)
                    || !replay.get().kind().equals(r.kind().name())
                    || !replay.get().occurredAt().equals(r.occurredAt().toInstant())) {
                throw ApiException.conflict("id-in-use", "id is already used by another record");
            }
            return view(replay.get());
        }
        Instant now = clock.instant();
        Instant occurred = r.occurredAt().toInstant();
        CaseService.requireOpenOn(c, occurred);
        OfflineRecords.checkOccurredAt(occurred, now);
        BigDecimal lat = null;
        BigDecimal lon = null;
        if (r.location() != null) {
            if (r.kind() != CheckinKind.SELF) {
                throw ApiException.badField("location", "only a person's own check-in carries a location");
            }
            if (!consents.granted(caseId, ConsentPurpose.LOCATION_ON_CHECKIN)) {
                throw ApiException.unprocessable(
                        "consent-required",
                        "a location is kept only when the person has consented to LOCATION_ON_CHECKIN",
                        "location");
            }
            // Coarse on purpose: two decimals is about a kilometre.
            lat = r.location().latitude().setScale(2, RoundingMode.HALF_UP);
            lon = r.location().longitude().setScale(2, RoundingMode.HALF_UP);
        }
        CheckinEntity saved = checkins.save(new CheckinEntity(
                r.id().toString(),
                caseId,
                r.kind().name(),
                occurred,
                now,
                r.wellbeing(),
                r.craving(),
                r.note(),
                lat,
                lon,
                caller.accountId()));
        audit.append(AuditEntry.of(
                caller,
                AuditAction.CHECKIN_RECORD,
                caseId,
                "checkin:" + saved.id(),
                r.kind().name()));
        return view(saved);
    }

    /**
     * A group activity attended (a peer club's meeting): recorded by the club feature, which has checked that
     * {@code moderator} moderates the club and the case is a member, so the case is not scoped to the caller
     * here (a mentor moderating a club need not be every member's mentor). The id is the club's, derived from
     * club, meeting and case, so recording a meeting twice records one check-in. Audited as any check-in.
     */
    @Transactional
    public CheckinModels.Checkin recordGroupActivity(
            Caller moderator, String caseId, String checkinId, Instant occurredAt, String note) {
        var replay = checkins.findById(checkinId);
        if (replay.isPresent()) {
            return view(replay.get());
        }
        Instant now = clock.instant();
        CaseService.requireOpenOn(cases.find(caseId), occurredAt);
        OfflineRecords.checkOccurredAt(occurredAt, now);
        CheckinEntity saved = checkins.save(new CheckinEntity(
                checkinId,
                caseId,
                CheckinKind.GROUP_ACTIVITY.name(),
                occurredAt,
                now,
                null,
                null,
                note,
                null,
                null,
                moderator.accountId()));
        audit.append(AuditEntry.of(
                moderator,
                AuditAction.CHECKIN_RECORD,
                caseId,
                "checkin:" + saved.id(),
                CheckinKind.GROUP_ACTIVITY.name()));
        return view(saved);
    }

    @Transactional
    public Page<CheckinModels.Checkin> list(Caller caller, String caseId, String cursor, int limit) {
        cases.inScope(caller, caseId);
        List<CheckinEntity> rows = queries.pageOfCase(caseId, cursor, limit);
        audit.append(AuditEntry.of(caller, AuditAction.CHECKINS_READ, caseId, "checkins", null));
        return Page.ofOverfetched(
                        rows, limit, last -> Cursor.encode(last.occurredAt().toString(), last.id()))
                .map(CheckinService::view);
    }

    /** Check-ins by id, unscoped: the sync feed has already scoped the ids. */
    public List<CheckinModels.Checkin> byIds(Collection<String> ids) {
        List<CheckinModels.Checkin> out = new ArrayList<>();
        checkins.findByIdIn(ids).forEach(e -> out.add(view(e)));
        return out;
    }

    static CheckinModels.Checkin view(CheckinEntity e) {
        return new CheckinModels.Checkin(
                e.id(),
                e.caseId(),
                CheckinKind.valueOf(e.kind()),
                e.occurredAt().atOffset(ZoneOffset.UTC),
                e.receivedAt().atOffset(ZoneOffset.UTC),
                e.wellbeing(),
                e.craving(),
                e.note(),
                e.latitude() == null ? null : new CheckinModels.Location(e.latitude(), e.longitude()),
                e.recordedBy());
    }

    /** For the phones' snapshot (sync): the ids of the cases' check-ins since {@code since}; no scope, no audit here. */
    public List<CaseRecordId> snapshotIds(Collection<String> caseIds, Instant since) {
        return queries.snapshotIds(caseIds, since);
    }
}
