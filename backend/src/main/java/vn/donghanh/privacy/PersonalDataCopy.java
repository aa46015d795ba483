package vn.donghanh.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.AccountLanguages;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Times;
import vn.donghanh.security.Caller;
import vn.donghanh.security.Role;

/**
 * The person's copy of everything the service holds about them (Law 91/2025): every feature's
 * {@link PersonalDataExport} bean, in the reader's language, with how long the data is kept. The
 * download is audited first, so the copy's own access log shows it.
 */
@Singleton
public class PersonalDataCopy {
    /** The order a reader meets the sections in; a section not named here comes after, by key. */
    private static final List<String> ORDER = List.of(
            "case",
            "case_events",
            "account",
            "mentoring",
            "checkin_plans",
            "checkins",
            "supervision_watch",
            "appointments",
            "appointment_occurrences",
            "reminders",
            "reminder_settings",
            "contacts",
            "messages",
            "notifications",
            "consents",
            "corrections",
            "referrals",
            "retention_checks",
            "opportunity_interests",
            "drug_tests",
            "transfers",
            "alerts",
            "help_requests",
            "sync",
            "access_log");

    private final List<PersonalDataExport> exports;
    private final AuditLog audit;
    private final List<AccountLanguages> languages;
    private final RetentionPeriod retention;
    private final Clock clock;

    public PersonalDataCopy(
            List<PersonalDataExport> exports,
            AuditLog audit,
            List<AccountLanguages> languages,
            RetentionPeriod retention,
            Clock clock) {
        this.exports = exports;
        this.audit = audit;
        this.languages = languages;
        this.retention = retention;
        this.clock = clock;
    }

    /** The signed-in person's copy; {@code format} ("json", "pdf") is written into the audit row. */
    @Transactional
    public PrivacyModels.DataCopy mine(Caller caller, String format) {
        if (!caller.is(Role.PERSON) || caller.caseId() == null) {
            throw ApiException.forbidden("only a managed person downloads their own data");
        }
        String caseId = caller.caseId();
        audit.append(AuditEntry.of(caller, AuditAction.PERSONAL_DATA_EXPORT, caseId, "case", format));
        Locale locale = Locale.forLanguageTag(languageOf(caseId));
        List<PrivacyModels.Section> sections = new ArrayList<>();
        for (PersonalDataExport export : exports) {
            sections.add(PrivacyModels.Section.of(export.export(caseId, locale)));
        }
        sections.sort(Comparator.comparingInt((PrivacyModels.Section s) -> rank(s.key()))
                .thenComparing(PrivacyModels.Section::key));
        return new PrivacyModels.DataCopy(
                caseId,
                Times.utc(clock.instant()),
                locale.getLanguage(),
                retention.afterClosure().toString(),
                retention.sentence(locale),
                sections);
    }

    /** The case's language (its person's), Vietnamese when none is known. */
    private String languageOf(String caseId) {
        for (AccountLanguages l : languages) {
            var language = l.ofCase(caseId);
            if (language.isPresent()) return language.get();
        }
        return "vi";
    }

    private static int rank(String key) {
        int i = ORDER.indexOf(key);
        return i < 0 ? ORDER.size() : i;
    }
}
