package vn.donghanh.console;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import vn.donghanh.account.AccountService;
import vn.donghanh.casefile.CaseModels;
import vn.donghanh.contact.Concern;
import vn.donghanh.contact.ContactLogService;
import vn.donghanh.contact.ContactModels;
import vn.donghanh.contact.ContactType;
import vn.donghanh.security.Role;

/**
 * The case's contact log (mentors' and officers' contacts: type, concerns, notes, by whom, when) and
 * the form that adds one, through {@code ContactLogService} as {@code GET/POST /api/v1/cases/{id}/contacts}.
 */
@Singleton
public class ContactsSection implements CaseSection {
    static final String NAME = "contacts";
    static final String FORM = "chkContactForm";
    /** The newest contacts shown. */
    static final int SHOWN = 30;

    private final ContactLogService contacts;
    private final AccountService accounts;
    private final Clock clock;

    public ContactsSection(ContactLogService contacts, AccountService accounts, Clock clock) {
        this.contacts = contacts;
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
        return 80;
    }

    @Override
    public void fill(ConsoleSession session, CaseModels.CaseDetail c, Map<String, Object> model) {
        if (!session.caller().is(Role.OFFICER)) {
            return;
        }
        ZoneId zone = ZoneId.of(c.timeZone());
        var list = contacts.list(session.caller(), c.id());
        var shown = list.stream().limit(SHOWN).toList();
        Map<String, String> names = accounts.displayNamesOf(
                shown.stream().map(ContactModels.Contact::recordedBy).collect(Collectors.toSet()));
        model.put(
                "chkContacts",
                shown.stream()
                        .map(k -> ConsolePage.row(
                                "type", k.type().name(),
                                "at", ConsoleFormat.dateTime(k.occurredAt(), zone),
                                "summary", k.summary(),
                                "concerns",
                                        k.concerns().stream().map(Enum::name).toList(),
                                "followUp", k.followUpNeeded(),
                                "recordedBy", names.get(k.recordedBy())))
                        .toList());
        model.put("chkContactsMore", list.size() > SHOWN);
        model.putIfAbsent(
                FORM,
                ConsoleForm.blank(
                        Map.of("id", RecordForms.newId(), "occurredAt", RecordForms.now(clock, zone), "type", "")));
        options(model);
    }

    /** What the form offers. */
    static void options(Map<String, Object> model) {
        model.put(
                "chkContactTypes",
                Arrays.stream(ContactType.values()).map(Enum::name).toList());
        model.put("chkConcerns", Arrays.stream(Concern.values()).map(Enum::name).toList());
    }
}
