package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.checkin.CheckinKind;
import vn.donghanh.checkin.CheckinModels;
import vn.donghanh.checkin.CheckinService;
import vn.donghanh.security.Role;

/**
 * Office presence ("kiểm diện") and residence checks: the recent ones and the two forms that record
 * them, as check-ins of kind {@code OFFICE_PRESENCE} and {@code RESIDENCE_VERIFICATION} through
 * {@code CheckinService} — what {@code POST /api/v1/cases/{id}/checkins} and the officer's phone
 * (its outbox's office presence) record, so the same plans are satisfied.
 */
@Singleton
public class ChecksSection implements CaseSection {
    static final String NAME = "checks";
    static final String PRESENCE_FORM = "chkPresenceForm";
    static final String RESIDENCE_FORM = "chkResidenceForm";
    /** Check-ins read a page at a time, newest first; the officers' records among them are shown. */
    static final int READ = 100;
    /** Pages read at most: office presence and residence checks older than 500 check-ins are not "recent". */
    static final int MAX_PAGES = 5;
    /** The recent office presences and residence checks shown. */
    static final int SHOWN = 10;

    private final CheckinService checkins;
    private final AccountService accounts;
    private final Clock clock;

    public ChecksSection(CheckinService checkins, AccountService accounts, Clock clock) {
        this.checkins = checkins;
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
        return 70;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        // The person's own check-ins come in between (daily, often): read on, a few pages at most.
        List<CheckinModels.Checkin> checks = new ArrayList<>();
        String cursor = null;
        boolean left = false;
        for (int pages = 0; pages < MAX_PAGES && checks.size() < SHOWN; pages++) {
            var page = checkins.list(session.caller(), c.id(), cursor, READ);
            List<CheckinModels.Checkin> found = page.items().stream()
                    .filter(k -> k.kind() != CheckinKind.SELF)
                    .toList();
            int room = SHOWN - checks.size();
            checks.addAll(found.subList(0, Math.min(room, found.size())));
            left = found.size() > room;
            cursor = page.nextCursor();
            if (cursor == null) {
                break;
            }
        }
        // Older records left unread or unshown: the section says it shows the latest, not that there are no more.
        model.put("chkChecksMore", left || cursor != null);
        Map<String, String> names = accounts.displayNamesOf(
                checks.stream().map(CheckinModels.Checkin::recordedBy).collect(Collectors.toSet()));
        model.put(
                "chkChecks",
                checks.stream()
                        .map(k -> ConsolePage.row(
                                "kind", k.kind().name(),
                                "at", ConsoleFormat.dateTime(k.occurredAt(), zone),
                                "note", k.note(),
                                "recordedBy", names.get(k.recordedBy())))
                        .toList());
        model.putIfAbsent(
                PRESENCE_FORM,
                ConsoleForm.blank(Map.of("id", RecordForms.newId(), "occurredAt", RecordForms.now(clock, zone))));
        model.putIfAbsent(
                RESIDENCE_FORM,
                ConsoleForm.blank(
                        Map.of("id", RecordForms.newId(), "occurredAt", RecordForms.now(clock, zone), "found", "yes")));
    }
}
