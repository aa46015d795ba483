package vn.donghanh.audit;

import vn.donghanh.security.SecretHasher;

/** The audit log's chains (V27): how many there are, where each begins, and which one a writer tries first. */
final class AuditChains {
    /** Chain heads in {@code audit_chain_head}, ids 1..COUNT; more than the writers that can hold one at once. */
    static final int COUNT = 64;

    private static final String LEGACY_GENESIS = "0".repeat(64);

    private AuditChains() {}

    /**
     * What the first row of a chain links to. Chain 1 holds the rows written before V27 and keeps the
     * all-zero genesis; each other chain has its own, so a row moved to another chain breaks its link.
     */
    static String genesis(int chain) {
        return chain == 1 ? LEGACY_GENESIS : SecretHasher.sha256("donghanh-audit-chain|" + chain);
    }

    /** The chain a thread tries first: threads spread over the chains, and one thread's appends meet again. */
    static int startFor(long threadId) {
        return (int) Math.floorMod(threadId, COUNT) + 1;
    }
}
