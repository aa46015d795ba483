package vn.donghanh.notification;

import io.micronaut.context.BeanProvider;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.donghanh.account.AccountEntity;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.appointment.ReminderModels;
import vn.donghanh.appointment.ReminderSettingsService;
import vn.donghanh.common.AccountLanguages;
import vn.donghanh.common.Inserts;
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
            java.time.Instant deliverAt) {}

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
        int inserted = jdbc.prepareStatement("""
                INSERT INTO notification (id, account_id, kind, priority, case_id, subject_id, title, body, created_at, dedupe_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, id);
            ps.setString(2, accountId);
            ps.setString(3, kind.name());
            ps.setString(4, priority.name());
            ps.setString(5, caseId);
            ps.setString(6, subjectId);
            ps.setString(7, title);
            ps.setString(8, body);
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setString(10, dedupeKey);
            return Inserts.insertOnce(ps);
        });
        if (inserted != 1) {
            return Optional.empty();
        }
        String channel = channelOf(accountCaseId);
        jdbc.prepareStatement("""
                INSERT INTO outbox (id, notification_id, account_id, status, attempts, next_attempt_at, created_at, channel, dedupe_key)
                VALUES (?, ?, ?, 'PENDING', 0, ?, ?, ?, ?)""", ps -> {
            ps.setString(1, UUID.randomUUID().toString());
            ps.setString(2, id);
            ps.setString(3, accountId);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, channel);
            ps.setString(7, dedupeKey + "#" + channel);
            return ps.executeUpdate();
        });
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
    public java.util.Set<String> notifyAll(java.util.List<Queued> all) {
        if (all.isEmpty()) {
            return java.util.Set.of();
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.prepareStatement(
                "INSERT INTO notification (id, account_id, kind, priority, case_id, subject_id, title, body, created_at,"
                        + " dedupe_key) VALUES " + SqlLists.rows(all.size(), "(?,?,?,?,?,?,?,?,?,?)")
                        + " ON DUPLICATE KEY UPDATE id = id",
                ps -> {
                    int k = 0;
                    for (Queued q : all) {
                        ps.setString(++k, q.id());
                        ps.setString(++k, q.accountId());
                        ps.setString(++k, q.kind().name());
                        ps.setString(++k, q.priority().name());
                        ps.setString(++k, q.caseId());
                        ps.setString(++k, q.subjectId());
                        ps.setString(++k, q.title());
                        ps.setString(++k, q.body());
                        ps.setTimestamp(++k, q.deliverAt() == null ? now : Timestamp.from(q.deliverAt()));
                        ps.setString(++k, q.dedupeKey());
                    }
                    return ps.executeUpdate();
                });
        java.util.Set<String> inserted = SqlLists.existingIds(
                jdbc, "notification", all.stream().map(Queued::id).toList());
        java.util.List<Queued> fresh =
                all.stream().filter(q -> inserted.contains(q.id())).toList();
        if (!fresh.isEmpty()) {
            jdbc.prepareStatement(
                    "INSERT INTO outbox (id, notification_id, account_id, status, attempts, next_attempt_at, created_at,"
                            + " channel, dedupe_key) VALUES "
                            + SqlLists.rows(fresh.size(), "(?,?,?,'PENDING',0,?,?,?,?)"),
                    ps -> {
                        int k = 0;
                        for (Queued q : fresh) {
                            ps.setString(++k, UUID.randomUUID().toString());
                            ps.setString(++k, q.id());
                            ps.setString(++k, q.accountId());
                            ps.setTimestamp(++k, q.deliverAt() == null ? now : Timestamp.from(q.deliverAt()));
                            ps.setTimestamp(++k, now);
                            ps.setString(++k, q.channel());
                            ps.setString(++k, q.dedupeKey() + "#" + q.channel());
                        }
                        return ps.executeUpdate();
                    });
        }
        return inserted;
    }
}
