package vn.donghanh.delivery.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.donghanh.delivery.sms.SmsSender.Outcome;
import vn.donghanh.delivery.sms.SmsSender.Result;
import vn.donghanh.delivery.sms.SmsSender.Sms;
import vn.donghanh.support.SmscStandIn;
import vn.donghanh.support.SmscStandIn.Submit;

/** The real jSMPP client against a real (local) SMPP server: what goes over the wire, and what comes back. */
@Timeout(60)
class SmppSmsSenderTest {
    private static final String REMINDER = "Bạn có lịch hẹn lúc 7:30 tại Trạm Y tế xã";
    private SmscStandIn smsc;
    private final List<SmppSmsSender> senders = new ArrayList<>();

    @BeforeEach
    void startSmsc() {
        smsc = new SmscStandIn().start();
    }

    @AfterEach
    void stop() {
        senders.forEach(SmppSmsSender::close);
        smsc.close();
    }

    private SmsProperties config() {
        SmsProperties config = new SmsProperties();
        config.setHost("127.0.0.1");
        config.setPort(smsc.port());
        config.setSystemId(SmscStandIn.SYSTEM_ID);
        config.setPassword(SmscStandIn.PASSWORD);
        config.setConnectTimeout(Duration.ofSeconds(2));
        config.setBindTimeout(Duration.ofSeconds(5));
        config.setResponseTimeout(Duration.ofSeconds(5));
        config.setRebindInterval(Duration.ofMillis(200));
        return config;
    }

    private SmppSmsSender sender(SmsProperties config) {
        SmppSmsSender sender = new SmppSmsSender(config);
        senders.add(sender);
        return sender;
    }

    private static Sms sms(String phone, String text) {
        return new Sms(phone, text, "test:" + text.hashCode());
    }

    private static void awaitUnbound(SmppSmsSender sender) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sender.bound()) {
            assertTrue(System.nanoTime() < deadline, "the sender never noticed the SMSC going away");
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static void assertSent(Result result) {
        assertEquals(Outcome.SENT, result.outcome(), () -> "not sent: " + result.error());
    }

    @Test
    void vietnameseReminderArrivesAsUcs2DecodedExactly() {
        Result result = sender(config()).send(sms("0912345678", REMINDER));

        assertSent(result);
        Submit submit = smsc.received().get(0);
        assertEquals(1, smsc.received().size());
        assertEquals(List.of(submit.messageId()), result.messageIds());
        assertEquals(8, submit.dataCoding());
        assertEquals(0, submit.esmClass());
        assertNull(submit.udh());
        assertEquals(REMINDER, submit.text());
    }

    @Test
    void plainTextGoesAsGsm7BitSeptets() {
        String text = "Hen gap ban luc 7:30 @ Tram Y te";

        assertSent(sender(config()).send(sms("0912345678", text)));

        Submit submit = smsc.received().get(0);
        assertEquals(0, submit.dataCoding());
        assertEquals(text, submit.text());
        assertEquals(text.length(), submit.shortMessage().length, "one septet per character, unpacked");
        // '@' is septet 0x00 in the GSM alphabet (0x40 in ASCII): the text really is GSM-encoded.
        assertEquals(0x00, submit.shortMessage()[text.indexOf('@')]);
    }

    @Test
    void longVietnameseTextArrivesAsConcatenatedPartsThatReassembleExactly() {
        String text = REMINDER + ". Nếu không đến được, hãy gọi cho người hỗ trợ của bạn trước 17 giờ. Cảm ơn bạn. "
                + REMINDER + ". Hẹn gặp lại.";
        assertTrue(text.length() > 2 * SmsParts.UCS2_PART && text.length() <= 3 * SmsParts.UCS2_PART, "three parts");

        Result result = sender(config()).send(sms("0912345678", text));

        assertSent(result);
        List<Submit> parts = smsc.received();
        assertEquals(3, parts.size());
        assertEquals(parts.stream().map(Submit::messageId).toList(), result.messageIds());
        for (int i = 0; i < parts.size(); i++) {
            Submit part = parts.get(i);
            assertEquals(0x40, part.esmClass(), "UDHI set");
            assertEquals(8, part.dataCoding());
            assertNotNull(part.udh());
            assertEquals(parts.get(0).udh().reference(), part.udh().reference());
            assertEquals(3, part.udh().total());
            assertEquals(i + 1, part.udh().sequence());
            assertTrue(part.text().length() <= SmsParts.UCS2_PART);
        }
        assertEquals(List.of(text), smsc.texts());
    }

    @Test
    void localNumberGoesOutInternationalWithTheConfiguredSender() {
        SmsProperties config = config();
        config.setSourceAddress("DongHanh");
        config.setSourceTon(5);
        config.setSourceNpi(0);
        SmppSmsSender sender = sender(config);

        assertSent(sender.send(sms("0912345678", "a")));
        assertSent(sender.send(sms("+84 912 345 678", "b")));

        for (Submit submit : smsc.received()) {
            assertEquals("84912345678", submit.destination());
            assertEquals(1, submit.destinationTon(), "international");
            assertEquals(1, submit.destinationNpi(), "ISDN");
            assertEquals("DongHanh", submit.source());
            assertEquals(5, submit.sourceTon());
            assertEquals(0, submit.sourceNpi());
        }
        assertEquals(2, smsc.received().size());
    }

    @Test
    void wrongPasswordIsRetryAndDoesNotHammerTheSmsc() {
        SmsProperties config = config();
        config.setPassword("wrong");
        config.setRebindInterval(Duration.ofMinutes(1));
        SmppSmsSender sender = sender(config);

        Result first = sender.send(sms("0912345678", REMINDER));
        Result second = sender.send(sms("0912345678", REMINDER));

        assertEquals(Outcome.RETRY, first.outcome());
        assertTrue(first.error().contains("ESME_RINVPASWD"), first.error());
        assertEquals(Outcome.RETRY, second.outcome());
        assertTrue(second.retryAfter().compareTo(Duration.ZERO) > 0, "says when binding will be tried again");
        assertEquals(1, smsc.bindAttempts(), "no second bind within the rebind interval");
        assertEquals(List.of(), smsc.submits());
    }

    @Test
    void throttledIsRetryAfterThePauseAndTheSessionStays() {
        SmsProperties config = config();
        config.setThrottledRetryAfter(Duration.ofSeconds(42));
        SmppSmsSender sender = sender(config);
        smsc.failNext(0x58, 1);

        Result throttled = sender.send(sms("0912345678", REMINDER));
        Result next = sender.send(sms("0912345678", REMINDER));

        assertEquals(Outcome.RETRY, throttled.outcome());
        assertEquals(Duration.ofSeconds(42), throttled.retryAfter());
        assertTrue(throttled.error().contains("ESME_RTHROTTLED"), throttled.error());
        assertSent(next);
        assertEquals(1, smsc.binds());
    }

    @Test
    void messageQueueFullIsRetry() {
        smsc.failNext(0x14, 1);

        Result result = sender(config()).send(sms("0912345678", REMINDER));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.error().contains("ESME_RMSGQFUL"), result.error());
    }

    @Test
    void invalidDestinationIsFailed() {
        smsc.failNext(0x0B, 1);

        Result result = sender(config()).send(sms("0912345678", REMINDER));

        assertEquals(Outcome.FAILED, result.outcome());
        assertTrue(result.error().contains("ESME_RINVDSTADR"), result.error());
        assertTrue(result.messageIds().isEmpty());
    }

    @Test
    void notAPhoneNumberFailsWithoutTouchingTheSmsc() {
        Result result = sender(config()).send(sms("not a phone", REMINDER));

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals(0, smsc.bindAttempts());
    }

    @Test
    void emptyTextFailsWithoutTouchingTheSmsc() {
        Result result = sender(config()).send(sms("0912345678", " "));

        assertEquals(Outcome.FAILED, result.outcome());
        assertEquals(0, smsc.bindAttempts());
    }

    @Test
    void noAnswerInTimeIsRetry() {
        SmsProperties config = config();
        config.setResponseTimeout(Duration.ofMillis(300));
        smsc.delayNext(Duration.ofMillis(1500), 1);

        Result result = sender(config).send(sms("0912345678", REMINDER));

        assertEquals(Outcome.RETRY, result.outcome());
        assertTrue(result.error().contains("submit_sm_resp"), result.error());
    }

    @Test
    void smscDownIsRetry() {
        smsc.close();

        Result result = sender(config()).send(sms("0912345678", REMINDER));

        assertEquals(Outcome.RETRY, result.outcome());
        assertNotNull(result.retryAfter());
    }

    @Test
    void afterAnSmscRestartTheSenderRebindsAndTheNextSendSucceeds() {
        SmppSmsSender sender = sender(config());
        assertSent(sender.send(sms("0912345678", "before")));
        assertTrue(sender.bound());

        smsc.close();
        awaitUnbound(sender); // so the send below cannot race jSMPP's reader noticing the closed socket
        smsc.start();
        Result after = sender.send(sms("0912345678", "after"));

        assertSent(after);
        assertEquals(2, smsc.binds());
        assertEquals(List.of("before", "after"), smsc.texts());
    }

    @Test
    void afterADroppedConnectionTheSenderRebinds() {
        SmppSmsSender sender = sender(config());
        assertSent(sender.send(sms("0912345678", "before")));

        smsc.dropConnections();
        awaitUnbound(sender);

        assertSent(sender.send(sms("0912345678", "after")));
        assertEquals(2, smsc.binds());
    }

    @Test
    void concurrentSendsFromEightThreadsShareOneBindAndEachArrivesOnce() throws Exception {
        SmppSmsSender sender = sender(config());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Result>> tasks = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = "Nhắc lịch số " + i;
            String phone = "09123456%02d".formatted(i);
            texts.add(text);
            tasks.add(() -> sender.send(sms(phone, text)));
        }
        try {
            for (Future<Result> result : pool.invokeAll(tasks)) {
                assertSent(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> arrived =
                smsc.received().stream().map(Submit::text).sorted().toList();
        assertEquals(texts.stream().sorted().toList(), arrived);
        assertEquals(1, smsc.binds(), "one shared session, bound once");
    }

    @Test
    void closeUnbindsAndLaterSendsAreRetry() {
        SmppSmsSender sender = sender(config());
        assertSent(sender.send(sms("0912345678", "a")));

        sender.close();

        assertEquals(Outcome.RETRY, sender.send(sms("0912345678", "b")).outcome());
        assertEquals(1, smsc.received().size());
    }
}
