package vn.donghanh.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import vn.donghanh.delivery.sms.GsmAlphabet;

/**
 * A local SMSC: a real SMPP 3.4 server (jSMPP's server side) on a free port that accepts binds with
 * {@link #SYSTEM_ID}/{@link #PASSWORD}, answers every submit_sm and records it decoded (addresses,
 * data_coding, esm_class, concatenation header, text). Tests script it: {@link #failNext} answers
 * the next submits with an error status, {@link #delayNext} answers late, {@link #dropConnections}
 * cuts every bound client, and {@link #close} then {@link #start} is an SMSC restart on the same port.
 *
 * <pre>
 * try (SmscStandIn smsc = new SmscStandIn().start()) {
 *     // point donghanh.sms.host=127.0.0.1, port=smsc.port(), system-id/password = SYSTEM_ID/PASSWORD
 *     smsc.received(); // what the SMSC accepted
 * }
 * </pre>
 */
public final class SmscStandIn implements AutoCloseable {
    public static final String SYSTEM_ID = "donghanh";
    public static final String PASSWORD = "standin1"; // SMPP 3.4 passwords are at most 8 characters

    /** The concatenation header of one part: 8- or 16-bit reference, total parts, this part's number. */
    public record Udh(int reference, int total, int sequence) {}

    /** One submit_sm as it arrived, and the command status it was answered with (0 = accepted). */
    public record Submit(
            String destination,
            int destinationTon,
            int destinationNpi,
            String source,
            int sourceTon,
            int sourceNpi,
            int dataCoding,
            int esmClass,
            byte[] shortMessage,
            Udh udh,
            String text,
            String messageId,
            int status) {}

    private record Answer(int status, Duration delay) {}

    private final List<Submit> submits = Collections.synchronizedList(new ArrayList<>());
    private final Queue<Answer> scripted = new ConcurrentLinkedQueue<>();
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger bindAttempts = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private final AtomicInteger messageIds = new AtomicInteger();
    private int port;
    private volatile SMPPServerSessionListener listener;
    private ExecutorService threads;

    /**
     * Listens on a free port the first time and on the same port after {@link #close}, as a restarted
     * SMSC would.
     */
    public SmscStandIn start() {
        try {
            if (port == 0) {
                try (ServerSocket probe = new ServerSocket(0)) {
                    port = probe.getLocalPort();
                }
            }
            SMPPServerSessionListener server = new SMPPServerSessionListener(port);
            server.setMessageReceiverListener(new Receiver());
            listener = server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "smsc-stand-in");
            thread.setDaemon(true);
            return thread;
        });
        SMPPServerSessionListener server = listener;
        threads.execute(() -> acceptLoop(server));
        return this;
    }

    public int port() {
        return port;
    }

    /** The submit_sm PDUs the SMSC accepted, in arrival order. */
    public List<Submit> received() {
        synchronized (submits) {
            return submits.stream().filter(s -> s.status() == 0).toList();
        }
    }

    /** Every submit_sm, including the ones answered with an error. */
    public List<Submit> submits() {
        synchronized (submits) {
            return List.copyOf(submits);
        }
    }

    /** Answers the next {@code count} submit_sm with {@code commandStatus}, e.g. 0x58 ESME_RTHROTTLED. */
    public void failNext(int commandStatus, int count) {
        for (int i = 0; i < count; i++) {
            scripted.add(new Answer(commandStatus, Duration.ZERO));
        }
    }

    /** Accepts the next {@code count} submit_sm, but only after {@code delay}: a slow or stuck SMSC. */
    public void delayNext(Duration delay, int count) {
        for (int i = 0; i < count; i++) {
            scripted.add(new Answer(0, delay));
        }
    }

    /** Closes every client connection without an unbind, as a crash or a network cut would. */
    public void dropConnections() {
        for (SMPPServerSession session : sessions) {
            session.close();
        }
        sessions.clear();
    }

    public int bindAttempts() {
        return bindAttempts.get();
    }

    /** Successful binds: more than one means the client rebound. */
    public int binds() {
        return binds.get();
    }

    /** The texts of the accepted messages, with concatenated parts put back together in order. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        List<Submit> parts = new ArrayList<>();
        for (Submit submit : received()) {
            if (submit.udh() == null) {
                texts.add(submit.text());
            } else {
                parts.add(submit);
            }
        }
        parts.stream()
                .collect(Collectors.groupingBy(
                        s -> s.destination() + "/" + s.udh().reference() + "/"
                                + s.udh().total(),
                        LinkedHashMap::new,
                        Collectors.toList()))
                .values()
                .forEach(group -> texts.add(group.stream()
                        .sorted(Comparator.comparingInt(s -> s.udh().sequence()))
                        .map(Submit::text)
                        .collect(Collectors.joining())));
        return texts;
    }

    @Override
    public void close() {
        SMPPServerSessionListener server = listener;
        listener = null;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            dropConnections();
            if (threads != null) {
                threads.shutdownNow();
            }
        }
    }

    private void acceptLoop(SMPPServerSessionListener server) {
        while (listener == server) {
            try {
                SMPPServerSession session = server.accept();
                sessions.add(session);
                threads.execute(() -> awaitBind(session));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void awaitBind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            bindAttempts.incrementAndGet();
            // After a refusal the connection stays open: the client closes it once it has read the answer,
            // whereas closing here could race the answer and turn a clear status into a client time-out.
            if (!SYSTEM_ID.equals(request.getSystemId())) {
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
            } else if (!PASSWORD.equals(request.getPassword())) {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            } else if (request.getBindType() != BindType.BIND_TX && request.getBindType() != BindType.BIND_TRX) {
                request.reject(SMPPConstant.STAT_ESME_RBINDFAIL);
            } else {
                request.accept("standin");
                binds.incrementAndGet();
            }
        } catch (Exception e) {
            // No bind in time, or the client went away: nothing to record.
            session.close();
            sessions.remove(session);
        }
    }

    private Submit record(SubmitSm submit, String messageId, int status) {
        byte[] message = submit.getShortMessage() == null ? new byte[0] : submit.getShortMessage();
        Udh udh = null;
        int textStart = 0;
        if ((submit.getEsmClass() & SMPPConstant.ESMCLS_UDHI_INDICATOR_SET) != 0 && message.length > 0) {
            int headerLength = message[0] & 0xFF;
            udh = concatenation(message, 1, 1 + headerLength);
            textStart = 1 + headerLength;
        }
        String text = decode(submit.getDataCoding(), message, textStart);
        Submit recorded = new Submit(
                submit.getDestAddress(),
                submit.getDestAddrTon(),
                submit.getDestAddrNpi(),
                submit.getSourceAddr(),
                submit.getSourceAddrTon(),
                submit.getSourceAddrNpi(),
                submit.getDataCoding() & 0xFF,
                submit.getEsmClass() & 0xFF,
                message,
                udh,
                text,
                messageId,
                status);
        submits.add(recorded);
        return recorded;
    }

    /** Finds the concatenation element (IEI 0x00, 8-bit reference, or 0x08, 16-bit) among the header's elements. */
    private static Udh concatenation(byte[] message, int from, int to) {
        int i = from;
        while (i + 1 < to) {
            int iei = message[i] & 0xFF;
            int length = message[i + 1] & 0xFF;
            if (iei == 0x00 && length == 3) {
                return new Udh(message[i + 2] & 0xFF, message[i + 3] & 0xFF, message[i + 4] & 0xFF);
            }
            if (iei == 0x08 && length == 4) {
                return new Udh(
                        ((message[i + 2] & 0xFF) << 8) | (message[i + 3] & 0xFF),
                        message[i + 4] & 0xFF,
                        message[i + 5] & 0xFF);
            }
            i += 2 + length;
        }
        return null;
    }

    private static String decode(byte dataCoding, byte[] message, int from) {
        int length = message.length - from;
        return switch (dataCoding) {
            case 0x00 -> GsmAlphabet.decode(message, from, length);
            case 0x03 -> new String(message, from, length, StandardCharsets.ISO_8859_1);
            case 0x08 -> new String(message, from, length, StandardCharsets.UTF_16BE);
            default -> null;
        };
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source)
                throws ProcessRequestException {
            Answer answer = scripted.poll();
            if (answer != null && answer.status() != 0) {
                record(submit, null, answer.status());
                throw new ProcessRequestException("scripted by the test", answer.status());
            }
            if (answer != null) {
                try {
                    Thread.sleep(answer.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String messageId = Integer.toHexString(messageIds.incrementAndGet());
            record(submit, messageId, 0);
            try {
                return new SubmitSmResult(new MessageId(messageId), new OptionalParameter[0]);
            } catch (PDUStringException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(
                QueryBroadcastSm queryBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("the stand-in takes submit_sm only", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
