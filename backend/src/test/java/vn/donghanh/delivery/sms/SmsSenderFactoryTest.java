package vn.donghanh.delivery.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.donghanh.support.SmscStandIn;

class SmsSenderFactoryTest {
    private final SmsSenderFactory factory = new SmsSenderFactory();

    @Test
    void withoutAnSmscHostSmsIsDisabled() {
        SmsSender sender = factory.smsSender(new SmsProperties());

        assertFalse(sender.delivers());
        assertEquals(
                SmsSender.Outcome.FAILED,
                sender.send(new SmsSender.Sms("0912345678", "x", "k")).outcome());
    }

    @Test
    void withAHostItIsSmppAndBindsOnlyWhenFirstUsed() {
        try (SmscStandIn smsc = new SmscStandIn().start()) {
            SmsProperties config = new SmsProperties();
            config.setHost("127.0.0.1");
            config.setPort(smsc.port());

            try (SmsSender sender = factory.smsSender(config)) {
                assertInstanceOf(SmppSmsSender.class, sender);
                assertTrue(sender.delivers());
                assertEquals(0, smsc.bindAttempts(), "startup does not wait for the SMSC");
            }
        }
    }

    @Test
    void aSourceTonThatIsNoSmppValueStopsStartup() {
        SmsProperties config = new SmsProperties();
        config.setHost("127.0.0.1");
        config.setSourceTon(9);

        assertThrows(IllegalArgumentException.class, () -> factory.smsSender(config));
    }

    @Test
    void defaultsSuitACarrierAccount() {
        SmsProperties config = new SmsProperties();

        assertFalse(config.isConfigured());
        assertEquals(2775, config.getPort());
        assertEquals(0, config.getSourceTon());
    }
}
