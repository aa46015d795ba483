package vn.donghanh.notification;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.appointment.ReminderModels;
import vn.donghanh.appointment.ReminderSettingsService;
import vn.donghanh.common.AccountLanguages;
import vn.donghanh.common.SqlLists;

/**
 * Puts a notification in the recipient's inbox and queues it in the outbox for push/SMS, in the
 * caller's transaction. The dedupe key makes an event notify once, however many times (or on how
 * many instances) it is noticed. Texts are discreet: no name, no word about drugs, since they may
 * show on a lock screen; the case id lets the app show the details after unlocking. The words come
 * from {@link NotificationWords} in the recipient's language: a person's is their case's, staff
 * (who have no language setting) read Vietnamese.
 */
@Singleton
public class Notifier {
    private final JdbcOperations jdbc;
    private final AccountRepository accounts;
    // A provider: the reminder settings' service depends, through ReminderService, on this class.
    private final BeanProvider<ReminderSettingsService> reminderSettings;
    private final List<AccountLanguages> languages;
    private final Clock clock;

    public Notifier(
            JdbcOperations jdbc,
            AccountRepository accounts,
            BeanProvider<ReminderSettingsService> reminderSettings,
            List<AccountLanguages> languages,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.reminderSettings = reminderSettings;
        this.languages = languages;
        this.clock = clock;
    }

    public enum Priority {
        NORMAL,
        HIGH
    }

    /**
     * One notification to queue in {@link #notifyAll}; {@code channel} is PUSH or SMS, already known
     * to the caller. {@code deliverAt} (null: now) is when it appears in the inbox and goes out: a
     * reminder is queued a few minutes ahead so its minute is spent on delivery only.
     */
    public record Queued(
            String id,
            String accountId,
            NotificationKind kind,
            Priority priority,
            String caseId,
            String subjectId,
            String title,
            String body,
            String dedupeKey,
            String channel,
            Instant deliverAt) {}

    /** The person's chosen reminder channel (their case's reminder settings); everyone else is reached by push. */
    private String channelOf(String caseId) {
        return caseId != null && reminderSettings.get().channelOf(caseId) == ReminderModels.Channel.SMS
                ? "SMS"
                : "PUSH";
    }

    /** The language of a person's case; staff (no case) read Vietnamese. */
    private String languageOf(String accountCaseId) {
        if (accountCaseId != null) {
            for (AccountLanguages l : languages) {
                Optional<String> language = l.ofCase(accountCaseId);
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return NotificationWords.VI;
    }

    /**
     * Notifies {@code accountId} with the words of {@code text} in the recipient's language,
     * {@code args} filling its {@code {0}}, {@code {1}}…
     *
     * @return the new notification's id, or empty when the dedupe key had fired already
     */
    @Transactional
    public Optional<String> notify(
            String accountId,
            NotificationText text,
            Priority priority,
            String caseId,
            String subjectId,
            String dedupeKey,
            Object... args) {
        String accountCaseId =
                accounts.findById(accountId).map(AccountEntity::caseId).orElse(null);
        NotificationWords.Words words = NotificationWords.of(text, languageOf(accountCaseId), args);
        return insert(
                accountId,
                text.kind(),
                priority,
                caseId,
                subjectId,
                words.title(),
                words.body(),
                dedupeKey,
                accountCaseId);
    }

    /**
     * Notifies the person of a case, if they have an active login, in their language; the case id
     * lets their app open the right screen after unlocking.
     */
    @Transactional
    public Optional<String> notifyPerson(String caseId, NotificationText text, String subjectId, String dedupeKey) {
        return accounts.findByCaseId(caseId)
                .filter(AccountEntity::active)
                .flatMap(a -> notify(a.id(), text, Priority.NORMAL, caseId, subjectId, dedupeKey));
    }

    private Optional<String> insert(
            String accountId,
            NotificationKind kind,
            Priority priority,
            String caseId,
            String subjectId,
            String title,
            String body,
            String dedupeKey,
            String accountCaseId) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        int inserted = SqlLists.insertOnce(
                jdbc,
                """
                INSERT INTO notification (id, account_id, kind, priority, case_id, subject_id, title, body, created_at, dedupe_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Arrays.asList(
                        id,
                        accountId,
                        kind.name(),
                        priority.name(),
                        caseId,
                        subjectId,
                        title,
                        body,
                        Timestamp.from(now),
                        dedupeKey));
        if (inserted != 1) {
            return Optional.empty();
        }
        String channel = channelOf(accountCaseId);
        SqlLists.update(
                jdbc,
                """
                INSERT INTO outbox (id, notification_id, account_id, status, attempts, next_attempt_at, created_at, channel, dedupe_key)
                VALUES (?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)""",
                Arrays.asList(
                        UUID.randomUUID().toString(),
                        id,
                        accountId,
                        Timestamp.from(now),
                        Timestamp.from(now),
                        channel,
                        dedupeKey + "#" + channel));
        return Optional.of(id);
    }

    /**
     * What {@link #notify} does, for many notifications at once (the methadone morning queues tens
     * of thousands in a minute): multi-row INSERTs instead of three statements each. A dedupe key
     * that had fired already is skipped, as in {@link #notify}; ON DUPLICATE KEY UPDATE cannot say
     * which rows were new, so the new ones are read back by the ids this call chose.
     *
     * @return the ids of the notifications this call inserted
     */
    @Transactional
    public Set<String> notifyAll(List<Queued> all) {
        if (all.isEmpty()) {
            return Set.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        List<Object> notificationRows = new ArrayList<>(all.size() * 10);
        for (Queued q : all) {
            notificationRows.addAll(Arrays.asList(
                    q.id(),
                    q.accountId(),
                    q.kind().name(),
                    q.priority().name(),
                    q.caseId(),
                    q.subjectId(),
                    q.title(),
                    q.body(),
                    q.deliverAt() == null ? now : Timestamp.from(q.deliverAt()),
                    q.dedupeKey()));
        }
        SqlLists.update(
                jdbc,
                "INSERT INTO notification (id, account_id, kind, priority, case_id, subject_id, title, body, created_at,"
                        + " dedupe_key) VALUES " + SqlLists.rows(all.size(), "(?,?,?,?,?,?,?,?,?,?)")
                        + " ON DUPLICATE KEY UPDATE id = id",
                notificationRows);
        Set<String> inserted = SqlLists.existingIds(
                jdbc, "notification", all.stream().map(Queued::id).toList());
        List<Queued> fresh = all.stream().filter(q -> inserted.contains(q.id())).toList();
        if (!fresh.isEmpty()) {
            List<Object> outboxRows = new ArrayList<>(fresh.size() * 7);
            for (Queued q : fresh) {
                outboxRows.addAll(Arrays.asList(
                        UUID.randomUUID().toString(),
                        q.id(),
                        q.accountId(),
                        q.deliverAt() == null ? now : Timestamp.from(q.deliverAt()),
                        now,
                        q.channel(),
                        q.dedupeKey() + "#" + q.channel()));
            }
            SqlLists.update(
                    jdbc,
                    "INSERT INTO outbox (id, notification_id, account_id, status, attempts, next_attempt_at, created_at,"
                            + " channel, dedupe_key) VALUES "
                            + SqlLists.rows(fresh.size(), "(?,?,?,'PENDING',0,?,?,?,?)"),
                    outboxRows);
        }
        return inserted;
    }
}
