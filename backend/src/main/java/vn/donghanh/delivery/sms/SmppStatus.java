package vn.donghanh.delivery.sms;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * SMPP 3.4 command statuses and what they mean for a message: worth another attempt (the SMSC is
 * busy, throttling us or had an internal fault) or not (the destination, text or account is
 * refused, which a retry would not change).
 */
final class SmppStatus {
    static final int ESME_RINVBNDSTS = 0x04;
    static final int ESME_RSYSERR = 0x08;
    static final int ESME_RINVDSTADR = 0x0B;
    static final int ESME_RBINDFAIL = 0x0D;
    static final int ESME_RINVPASWD = 0x0E;
    static final int ESME_RINVSYSID = 0x0F;
    static final int ESME_RMSGQFUL = 0x14;
    static final int ESME_RSUBMITFAIL = 0x45;
    static final int ESME_RTHROTTLED = 0x58;
    static final int ESME_RX_T_APPN = 0x64;
    static final int ESME_RUNKNOWNERR = 0xFF;

    private static final Set<Integer> TRANSIENT = Set.of(
            ESME_RINVBNDSTS,
            ESME_RSYSERR,
            ESME_RMSGQFUL,
            ESME_RSUBMITFAIL,
            ESME_RTHROTTLED,
            ESME_RX_T_APPN,
            ESME_RUNKNOWNERR);
    /** The SMSC asks us to slow down: wait the configured pause rather than the dispatcher's short backoff. */
    private static final Set<Integer> SLOW_DOWN = Set.of(ESME_RMSGQFUL, ESME_RTHROTTLED);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x01, "ESME_RINVMSGLEN"),
            Map.entry(0x03, "ESME_RINVCMDID"),
            Map.entry(ESME_RINVBNDSTS, "ESME_RINVBNDSTS"),
            Map.entry(0x05, "ESME_RALYBND"),
            Map.entry(ESME_RSYSERR, "ESME_RSYSERR"),
            Map.entry(0x0A, "ESME_RINVSRCADR"),
            Map.entry(ESME_RINVDSTADR, "ESME_RINVDSTADR"),
            Map.entry(ESME_RBINDFAIL, "ESME_RBINDFAIL"),
            Map.entry(ESME_RINVPASWD, "ESME_RINVPASWD"),
            Map.entry(ESME_RINVSYSID, "ESME_RINVSYSID"),
            Map.entry(ESME_RMSGQFUL, "ESME_RMSGQFUL"),
            Map.entry(ESME_RSUBMITFAIL, "ESME_RSUBMITFAIL"),
            Map.entry(0x43, "ESME_RINVESMCLASS"),
            Map.entry(0x48, "ESME_RINVSRCTON"),
            Map.entry(0x49, "ESME_RINVSRCNPI"),
            Map.entry(0x50, "ESME_RINVDSTTON"),
            Map.entry(0x51, "ESME_RINVDSTNPI"),
            Map.entry(0x53, "ESME_RINVSYSTYP"),
            Map.entry(ESME_RTHROTTLED, "ESME_RTHROTTLED"),
            Map.entry(ESME_RX_T_APPN, "ESME_RX_T_APPN"),
            Map.entry(0x65, "ESME_RX_P_APPN"),
            Map.entry(0x66, "ESME_RX_R_APPN"),
            Map.entry(ESME_RUNKNOWNERR, "ESME_RUNKNOWNERR"),
            Map.entry(0x101, "ESME_RPROHIBITED"),
            Map.entry(0x104, "ESME_RINVDCS"));

    private SmppStatus() {}

    static String describe(int status) {
        return NAMES.getOrDefault(status, "status") + " (0x%02X)".formatted(status);
    }

    /** The outcome of a submit_sm the SMSC answered with {@code status} (never 0, which is success). */
    static SmsSender.Result ofRejectedSubmit(int status, Duration slowDownPause) {
        String error = "SMSC refused submit_sm: " + describe(status);
        if (TRANSIENT.contains(status)) {
            return SmsSender.Result.retry(SLOW_DOWN.contains(status) ? slowDownPause : null, error);
        }
        return SmsSender.Result.failed(error);
    }
}
