package vn.donghanh.console;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.donghanh.common.ServiceTime;
import vn.donghanh.intake.IntakeService;

/**
 * The imports in progress, in memory: a list being mapped and previewed is the officer's working
 * copy, not a record (nothing is registered until confirmation), so it does not outlive the server.
 * An import belongs to the account that uploaded it; another account (another commune's officer)
 * finds nothing at its address. Registrations run one at a time on a thread of their own, so a
 * 5,000-row import does not hold a request thread and two do not fight for the two cores.
 */
@Singleton
class ImportJobs {
    static final Duration TTL = Duration.ofHours(2);
    static final int PER_ACCOUNT = 3;

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-import");
        t.setDaemon(true);
        return t;
    });

    ImportJobs(ServiceTime time) {
        this.clock = time.clock();
    }

    ImportJob start(String accountId, String fileName, IntakeService.Table table) {
        sweep();
        jobs.values().stream()
                .filter(j -> j.accountId.equals(accountId) && j.state != ImportJob.State.RUNNING)
                .sorted((a, b) -> b.createdAt.compareTo(a.createdAt))
                .skip(PER_ACCOUNT - 1)
                .forEach(j -> jobs.remove(j.id));
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ImportJob job = new ImportJob(id, accountId, fileName, table, clock.instant());
        jobs.put(id, job);
        return job;
    }

    /** The import at this address if it is this account's. */
    Optional<ImportJob> find(String accountId, String id) {
        ImportJob job = id == null ? null : jobs.get(id);
        return job != null && job.accountId.equals(accountId) ? Optional.of(job) : Optional.empty();
    }

    void runInBackground(Runnable work) {
        worker.execute(work);
    }

    private void sweep() {
        var cutoff = clock.instant().minus(TTL);
        jobs.values().removeIf(j -> j.createdAt.isBefore(cutoff) && j.state != ImportJob.State.RUNNING);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
