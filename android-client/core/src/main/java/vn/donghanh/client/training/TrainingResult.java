package vn.donghanh.client.training;

import org.json.JSONObject;

/** What became of the answers sent: still waiting in the outbox, or the server's checked attempt. */
public final class TrainingResult {
    public final boolean pending;
    public final int version;
    public final int score;
    public final int total;
    public final int scorePercent;
    public final int passPercent;
    public final boolean passed;

    private TrainingResult(
            boolean pending, int version, int score, int total, int scorePercent, int passPercent, boolean passed) {
        this.pending = pending;
        this.version = version;
        this.score = score;
        this.total = total;
        this.scorePercent = scorePercent;
        this.passPercent = passPercent;
        this.passed = passed;
    }

    /** Answers still in the outbox (offline), for the version taken. */
    public static TrainingResult waiting(int version) {
        return new TrainingResult(true, version, 0, 0, 0, 0, false);
    }

    static TrainingResult from(JSONObject o) {
        return new TrainingResult(
                false,
                o.optInt("version"),
                o.optInt("score"),
                o.optInt("total"),
                o.optInt("scorePercent"),
                o.optInt("passPercent"),
                o.optBoolean("passed"));
    }
}
