package vn.donghanh.delivery.sms;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SMS over SMPP when an SMSC is configured ({@code donghanh.sms.host}); otherwise a sender that
 * delivers nothing, so people with only a feature phone get the inbox only, which is said at
 * startup.
 */
@Factory
public class SmsSenderFactory {
    private static final Logger LOG = LoggerFactory.getLogger(SmsSenderFactory.class);

    // Created at startup, so the log says at once whether SMS is on; the bind itself waits for the first send.
    @Context
    @Bean(preDestroy = "close")
    SmsSender smsSender(SmsProperties config) {
        if (!config.isConfigured()) {
            LOG.info("SMS disabled: no SMSC configured (donghanh.sms.host); feature-phone persons get the inbox only");
            return new InboxOnlySmsSender();
        }
        LOG.info("SMS over SMPP to {}:{} as {} is enabled", config.getHost(), config.getPort(), config.getSystemId());
        return new SmppSmsSender(config);
    }

    /** Delivers nothing: without an SMSC the inbox is the only channel. */
    static final class InboxOnlySmsSender implements SmsSender {
        @Override
        public Result send(Sms sms) {
            return Result.failed("SMS disabled");
        }

        @Override
        public boolean delivers() {
            return false;
        }
    }
}
