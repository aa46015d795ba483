package vn.donghanh.delivery;

import jakarta.inject.Singleton;
import java.util.Set;
import vn.donghanh.account.AccountRepository;
import vn.donghanh.privacy.PersonalDataErasure;

/** The person's phones: their push registration tokens, which identify a device, are deleted. */
@Singleton
class DeviceDataErasure implements PersonalDataErasure {
    private final DeviceRegistry devices;
    private final AccountRepository accounts;

    DeviceDataErasure(DeviceRegistry devices, AccountRepository accounts) {
        this.devices = devices;
        this.accounts = accounts;
    }

    @Override
    public Set<String> tables() {
        return Set.of("device_token");
    }

    @Override
    public void erase(String caseId) {
        accounts.findByCaseId(caseId).ifPresent(a -> devices.forgetAll(a.id()));
    }
}
