package vn.donghanh.appointment;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import vn.donghanh.notification.NotificationKind;
import vn.donghanh.notification.Notifier;

/**
 * The reminder engine: walks the scheduled occurrences in pages and fires every reminder that has come due, by
 * default the day before and an hour before (methadone: 30 minutes before), per appointment type in configuration
 * or the person's own settings, never in the quiet hours. Each fires once per occurrence, offset and start time;
 * delivery goes through the outbox. Safe to run on several instances and repeatedly.
 */
@Singleton
class ReminderFiring {
    private static final int PAGE = 1000;
    private static final int FIRING_THREADS = 2;
    /** Fires pages while the next one is read; daemon threads, so they never hold the service up at shutdown. */
    private final ExecutorService workers = Executors.newFixedThreadPool(FIRING_THREADS, r -> {
        Thread t = new Thread(r, "reminder-firing");
        t.setDaemon(true);
        return t;
    });

    private final ReminderStore store;
    private final TransactionOperations<Connection> tx;
    private final Notifier notifier;
    private final ReminderDefaults defaults;
    private final Clock clock;
    private final ReminderPlanner planner;

    ReminderFiring(
            ReminderStore store,
            TransactionOperations<Connection> tx,
            Notifier notifier,
            ReminderDefaults defaults,
            Clock clock) {
        this.store = store;
        this.tx = tx;
        this.notifier = notifier;
        this.defaults = defaults;
        this.clock = clock;
        this.planner = new ReminderPlanner(defaults.quietFrom(), defaults.quietUntil());
    }

    /** The person's own offsets and quiet hours where they have chosen some, else the service's. */
    private List<Duration> offsetsOf(ReminderStore.Due d) {
        return d.ownOffsets() != null ? d.ownOffsets() : defaults.offsets(d.type());
    }

    private ReminderPlanner plannerOf(ReminderStore.Due d) {
        return d.quietFrom() != null ? new ReminderPlanner(d.quietFrom(), d.quietUntil()) : planner;
    }

    /**
     * Fires every reminder that has come due. Occurrences are walked in pages, each page in its own
     * transaction, so a morning with many doses neither holds one long transaction nor stops at a cap.
     *
     * @return how many reminders this run created
     */
    int runOnce() {
        Instant now = clock.instant();
        // Far enough ahead for the longest offset (plus a day for quiet-hour shifts).
        Instant horizon =
                now.plus(defaults.queueAhead()).plus(defaults.longestOffset()).plus(Duration.ofDays(1));
        // Pages are independent (each fires its own occurrences in its own transaction), so the
        // database works on one while the next is read: the 07:00 methadone morning is one burst.
        Semaphore inFlight = new Semaphore(FIRING_THREADS);
        List<Future<Integer>> pages = new ArrayList<>();
        Instant afterStart = now;
        String afterId = "";
        while (true) {
            Instant fromStart = afterStart;
            String fromId = afterId;
            List<ReminderStore.Scheduled> scheduled =
                    tx.executeRead(status -> store.scheduledPage(now, horizon, fromStart, fromId, PAGE));
            if (scheduled.isEmpty()) {
                break;
            }
            inFlight.acquireUninterruptibly();
            pages.add(workers.submit(() -> {
                try {
                    return firePage(scheduled, now);
                } finally {
                    inFlight.release();
                }
            }));
            ReminderStore.Scheduled last = scheduled.get(scheduled.size() - 1);
            afterStart = last.startsAt();
            afterId = last.id();
            if (scheduled.size() < PAGE) {
                break;
            }
        }
        int fired = 0;
        RuntimeException failure = null;
        for (Future<Integer> page : pages) {
            try {
                fired += page.get();
            } catch (ExecutionException e) {
                // A failed page (e.g. a deadlock) was rolled back; the next run fires it.
                failure = failure != null ? failure : new IllegalStateException("a reminder page failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while firing reminders", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return fired;
    }

    private int firePage(List<ReminderStore.Scheduled> scheduled, Instant now) {
        List<ReminderStore.Due> page = tx.executeRead(status -> store.upcoming(scheduled));
        List<ReminderStore.Firing> firings = new ArrayList<>();
        List<ReminderStore.Due> allQueued = new ArrayList<>();
        for (ReminderStore.Due d : page) {
            boolean all = true;
            for (Duration offset : offsetsOf(d)) {
                Instant due = plannerOf(d).dueAt(d.startsAt(), offset, d.zone());
                // Queued up to queue-ahead early; the notification and its delivery wait for the due time.
                if (!due.isAfter(now.plus(defaults.queueAhead()))) {
                    firings.add(new ReminderStore.Firing(
                            d,
                            offset,
                            due,
                            UUID.randomUUID().toString(),
                            UUID.randomUUID().toString()));
                } else {
                    all = false;
                }
            }
            if (all) {
                allQueued.add(d);
            }
        }
        if (firings.isEmpty()) {
            return 0;
        }
        return tx.executeWrite(status -> {
            int fired = fireAll(firings, now);
            store.markQueued(allQueued);
            return fired;
        });
    }

    /**
     * Fires a page's due reminders in a few statements: the reminders (one per occurrence, offset
     * and start time: a key that exists already means another run or instance fired it), then one
     * notification each for those this call created, through the outbox on the person's channel.
     */
    private int fireAll(List<ReminderStore.Firing> due, Instant now) {
        // Most runs find their reminders fired already: leave those rows alone (an ON DUPLICATE KEY
        // hit would fire the update trigger and tell the phones of a change that is none).
        Set<String> fired = store.firedAlready(due);
        List<ReminderStore.Firing> firings = due.stream()
                .filter(f -> !fired.contains(ReminderStore.keyOf(
                        f.due().occurrenceId(), f.offset().toString(), f.due().startsAt())))
                .toList();
        if (firings.isEmpty()) {
            return 0;
        }
        Set<String> created = store.insert(firings, now);
        List<Notifier.Queued> queued = new ArrayList<>();
        for (ReminderStore.Firing f : firings) {
            if (created.contains(f.reminderId())) {
                queued.add(new Notifier.Queued(
                        f.notificationId(),
                        f.due().personId(),
                        NotificationKind.APPOINTMENT_REMINDER,
                        Notifier.Priority.NORMAL,
                        f.due().caseId(),
                        f.reminderId(),
                        ReminderText.title(f.due().language()),
                        ReminderText.body(f.due()),
                        "reminder:" + f.reminderId(),
                        f.due().channel(),
                        f.dueAt().isAfter(now) ? f.dueAt() : now));
            }
        }
        notifier.notifyAll(queued);
        return created.size();
    }
}
