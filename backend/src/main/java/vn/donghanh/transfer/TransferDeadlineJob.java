package vn.donghanh.transfer;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates transfers nobody answered in time (donghanh.transfer.answer-within): every instance
 * runs it; claims are row locks (FOR UPDATE SKIP LOCKED), so each transfer is escalated once.
 */
@Singleton
class TransferDeadlineJob {
    private static final Logger LOG = LoggerFactory.getLogger(TransferDeadlineJob.class);
    private final TransferService transfers;

    TransferDeadlineJob(TransferService transfers) {
        this.transfers = transfers;
    }

    @Scheduled(
            fixedDelay = "${donghanh.transfer.scan-interval:1m}",
            initialDelay = "${donghanh.transfer.scan-initial-delay:40s}")
    void scheduled() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.error("Transfer deadline scan failed; it runs again at the next interval", e);
        }
    }

    /** Escalates every overdue transfer, a batch per transaction. */
    void runOnce() {
        while (transfers.escalateOverdue() == TransferService.ESCALATION_BATCH) {
            LOG.debug("More overdue transfers; next batch");
        }
    }
}
