package vn.donghanh.delivery.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS over SMPP 3.4 with jSMPP, bound as a transmitter: the channel is one-way and
 * registered_delivery is off, so SENT means the SMSC accepted the message, not that the phone got it.
 *
 * <p>One session is shared by all senders (jSMPP's session is safe for concurrent submits and
 * matches responses by sequence number). It is bound lazily on the first send and again after it
 * is lost; binding happens under a lock so concurrent senders wait for one bind instead of opening
 * one each. jSMPP sends enquire_link when the link is idle and closes the session when that goes
 * unanswered, which the next send notices.
 */
public class SmppSmsSender implements SmsSender {
    private static final Logger LOG = LoggerFactory.getLogger(SmppSmsSender.class);
    private static final byte ESM_CLASS_UDHI = 0x40;

    private final SmsProperties config;
    private final TypeOfNumber sourceTon;
    private final NumberingPlanIndicator sourceNpi;
    private final AtomicInteger references = new AtomicInteger(new SecureRandom().nextInt(256));
    private final Object bindLock = new Object();
    private volatile SMPPSession session;
    private volatile boolean closed;
    // Guarded by bindLock: no bind attempt before this System.nanoTime(), and why the last one failed.
    private long nextBindAttempt = System.nanoTime();
    private String lastBindFailure;

    public SmppSmsSender(SmsProperties config) {
        this.config = config;
        // Fails at startup, not at the first reminder, when the configured TON/NPI is not an SMPP value.
        this.sourceTon = TypeOfNumber.valueOf((byte) config.getSourceTon());
        this.sourceNpi = NumberingPlanIndicator.valueOf((byte) config.getSourceNpi());
    }

    @Override
    public Result send(Sms sms) {
        Optional<String> destination = InternationalNumber.of(sms.phone());
        if (destination.isEmpty()) {
            return Result.failed("not a phone number an SMS can reach");
        }
        if (sms.text() == null || sms.text().isBlank()) {
            return Result.failed("empty text");
        }
        SmsParts parts;
        try {
            parts = SmsParts.of(sms.text(), references.getAndIncrement());
        } catch (IllegalArgumentException e) {
            return Result.failed(e.getMessage());
        }
        SMPPSession bound;
        try {
            bound = boundSession();
        } catch (SmscUnavailable e) {
            return Result.retry(e.retryAfter, e.getMessage());
        }
        try {
            return Result.sent(submitAll(bound, destination.get(), parts));
        } catch (IOException e) {
            // The connection broke under us (jSMPP's reader had not yet seen the close): the next send rebinds.
            discard(bound);
            return Result.retry(null, "connection to the SMSC lost: " + e.getMessage());
        } catch (ResponseTimeoutException e) {
            // The SMSC may have taken it (at-least-once). A dead link is closed by jSMPP once its enquire_link,
            // sent after enquire-link-interval without incoming PDUs, goes unanswered.
            return Result.retry(null, "no submit_sm_resp within " + config.getResponseTimeout());
        } catch (NegativeResponseException e) {
            if (e.getCommandStatus() == SmppStatus.ESME_RINVBNDSTS) {
                discard(bound); // the SMSC no longer counts us as bound
            }
            return SmppStatus.ofRejectedSubmit(e.getCommandStatus(), config.getThrottledRetryAfter());
        } catch (InvalidResponseException e) {
            return Result.retry(null, "invalid response from the SMSC: " + e.getMessage());
        } catch (PDUException e) {
            return Result.failed("submit_sm not encodable: " + e.getMessage());
        }
    }

    private List<String> submitAll(SMPPSession smpp, String destination, SmsParts parts)
            throws IOException, ResponseTimeoutException, NegativeResponseException, InvalidResponseException,
                    PDUException {
        List<String> messageIds = new ArrayList<>(parts.count());
        ESMClass esmClass = new ESMClass(parts.concatenated() ? ESM_CLASS_UDHI : 0);
        for (byte[] payload : parts.payloads()) {
            messageIds.add(smpp.submitShortMessage(
                            config.getSystemType(),
                            sourceTon,
                            sourceNpi,
                            config.getSourceAddress(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            destination,
                            esmClass,
                            (byte) 0,
                            (byte) 0,
                            null,
                            null,
                            new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                            (byte) 0,
                            DataCodings.newInstance(parts.dataCoding()),
                            (byte) 0,
                            payload)
                    .getMessageId());
        }
        return messageIds;
    }

    private SMPPSession boundSession() throws SmscUnavailable {
        SMPPSession current = session;
        if (current != null && current.getSessionState().isTransmittable()) {
            return current;
        }
        synchronized (bindLock) {
            current = session;
            if (current != null && current.getSessionState().isTransmittable()) {
                return current; // another sender bound it while we waited
            }
            if (closed) {
                throw new SmscUnavailable("SMS sender is shut down", null);
            }
            if (current != null) {
                current.close();
                session = null;
            }
            long wait = nextBindAttempt - System.nanoTime();
            if (wait > 0) {
                throw new SmscUnavailable(lastBindFailure, Duration.ofNanos(wait));
            }
            try {
                session = bind();
                LOG.info(
                        "Bound to SMSC {}:{} as transmitter {}",
                        config.getHost(),
                        config.getPort(),
                        config.getSystemId());
                return session;
            } catch (IOException e) {
                nextBindAttempt = System.nanoTime() + config.getRebindInterval().toNanos();
                lastBindFailure = describeBindFailure(e);
                LOG.error("{}; next bind attempt in {}", lastBindFailure, config.getRebindInterval());
                throw new SmscUnavailable(lastBindFailure, config.getRebindInterval());
            }
        }
    }

    private SMPPSession bind() throws IOException {
        SMPPSession fresh = new SMPPSession(connectionFactory());
        fresh.setEnquireLinkTimer((int) config.getEnquireLinkInterval().toMillis());
        fresh.setTransactionTimer(config.getResponseTimeout().toMillis());
        fresh.connectAndBind(
                config.getHost(),
                config.getPort(),
                new BindParameter(
                        BindType.BIND_TX,
                        config.getSystemId(),
                        config.getPassword(),
                        config.getSystemType(),
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null),
                config.getBindTimeout().toMillis());
        return fresh;
    }

    /** jSMPP's default factory connects without a time-out; an unreachable SMSC must not hold the dispatcher. */
    private ConnectionFactory connectionFactory() {
        int timeout = (int) config.getConnectTimeout().toMillis();
        return (host, port) -> {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true); // one small PDU at a time; do not wait to coalesce
                socket.connect(new InetSocketAddress(host, port), timeout);
                return new SocketConnection(socket);
            } catch (IOException e) {
                socket.close();
                throw e;
            }
        };
    }

    /**
     * A wrong password is RETRY, not FAILED: the message is fine and would go once the operator fixes
     * the account, and some SMSCs answer ESME_RBINDFAIL for transient reasons (too many binds). The
     * log says ERROR, and the rebind interval keeps us from hammering the SMSC meanwhile.
     */
    private String describeBindFailure(IOException e) {
        if (e.getCause() instanceof NegativeResponseException rejected) {
            return "SMSC %s:%d refused the bind of %s: %s"
                    .formatted(
                            config.getHost(),
                            config.getPort(),
                            config.getSystemId(),
                            SmppStatus.describe(rejected.getCommandStatus()));
        }
        return "cannot bind to SMSC %s:%d: %s".formatted(config.getHost(), config.getPort(), e.getMessage());
    }

    private void discard(SMPPSession broken) {
        synchronized (bindLock) {
            if (session == broken) {
                session = null;
            }
        }
        broken.close();
    }

    /** Whether a session is bound right now (it is bound lazily, so false before the first send is normal). */
    public boolean bound() {
        SMPPSession current = session;
        return current != null && current.getSessionState().isTransmittable();
    }

    @Override
    public boolean delivers() {
        return true;
    }

    /** Unbinds politely so the SMSC frees the account's bind slot at once rather than after its timeout. */
    @Override
    public void close() {
        closed = true;
        synchronized (bindLock) {
            if (session != null) {
                session.unbindAndClose();
                session = null;
            }
        }
    }

    private static final class SmscUnavailable extends Exception {
        final Duration retryAfter;

        SmscUnavailable(String message, Duration retryAfter) {
            super(message, null, false, false);
            this.retryAfter = retryAfter;
        }
    }
}
