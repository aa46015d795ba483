package vn.donghanh.client.presenter.person;

/** What became of the person's latest request for help (shown under "Cần giúp đỡ"). */
public final class HelpStatus {
    public enum State {
        /** Still on the phone: it goes out by itself when there is a network. */
        NOT_SENT,
        /** Refused by the server: it will not go out; call instead. */
        REFUSED,
        /** The server has it; nobody has answered yet. */
        SENT,
        /** Someone said they are on it. */
        ANSWERED
    }

    public final String id;
    public final State state;
    /** CRAVING, CRISIS, CONFLICT or OTHER. */
    public final String category;

    public final long askedAtMillis;
    /** Who gets it first (the mentor), null when no mentor is known. */
    public final String sentToName;
    /** ANSWERED only. */
    public final Long answeredAtMillis;
    /** ANSWERED only; null when the answering account is not one the phone knows. */
    public final String answeredByName;

    public HelpStatus(
            String id,
            State state,
            String category,
            long askedAtMillis,
            String sentToName,
            Long answeredAtMillis,
            String answeredByName) {
        this.id = id;
        this.state = state;
        this.category = category;
        this.askedAtMillis = askedAtMillis;
        this.sentToName = sentToName;
        this.answeredAtMillis = answeredAtMillis;
        this.answeredByName = answeredByName;
    }

    public boolean reachedServer() {
        return state == State.SENT || state == State.ANSWERED;
    }
}
