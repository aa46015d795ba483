package vn.donghanh.account;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.donghanh.adminunit.AdminUnitEntity;
import vn.donghanh.adminunit.AdminUnitService;
import vn.donghanh.audit.AuditAction;
import vn.donghanh.audit.AuditEntry;
import vn.donghanh.audit.AuditLog;
import vn.donghanh.common.ApiException;
import vn.donghanh.common.Ids;
import vn.donghanh.organisation.OrganisationService;
import vn.donghanh.security.Caller;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.PhoneNumbers;
import vn.donghanh.security.Role;
import vn.donghanh.security.SecretHasher;

@Singleton
public class AccountService {
    private final AccountRepository accounts;
    private final AdminUnitService units;
    private final OrganisationService organisations;
    private final SecretHasher hasher;
    private final DataCipher cipher;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher<AccountAccessEnded> accessEnded;

    public AccountService(
            AccountRepository accounts,
            AdminUnitService units,
            OrganisationService organisations,
            SecretHasher hasher,
            DataCipher cipher,
            AuditLog audit,
            Clock clock,
            AccountSessions sessions,
            ApplicationEventPublisher<AccountAccessEnded> accessEnded) {
        this.sessions = sessions;
        this.accessEnded = accessEnded;
        this.accounts = accounts;
        this.units = units;
        this.organisations = organisations;
        this.hasher = hasher;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AccountModels.Account createStaff(Caller caller, AccountModels.CreateAccountRequest request) {
        if (request.role() == Role.PERSON) {
            throw ApiException.badField("role", "person accounts are created from a case's activation code");
        }
        if (request.phone() != null && !PhoneNumbers.isValid(request.phone())) {
            throw ApiException.badField("phone", "is not a Vietnamese phone number");
        }
        String id = Ids.orNew(request.id());
        var existing = accounts.findById(id);
        if (existing.isPresent()) {
            if (!request.username().equals(existing.get().username())) {
                throw ApiException.conflict("id-in-use", "id is already used by another account");
            }
            return view(existing.get());
        }
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw ApiException.conflict("duplicate-username", "username " + request.username() + " is taken");
        }
        units.require(request.adminUnitId().toString(), "adminUnitId");
        if ((request.role() == Role.MENTOR || request.role() == Role.OFFICER) && request.organisationId() == null) {
            throw ApiException.badField("organisationId", "is required for mentors and officers");
        }
        if (request.organisationId() != null) {
            organisations.require(request.organisationId().toString(), "organisationId");
        }
        AccountEntity saved = accounts.save(new AccountEntity(
                id,
                request.username(),
                request.role().name(),
                request.displayName(),
                request.adminUnitId().toString(),
                request.organisationId() == null
                        ? null
                        : request.organisationId().toString(),
                null,
                cipher.encrypt(request.phone() == null ? null : PhoneNumbers.normalise(request.phone())),
                null,
                hasher.hashPassword(request.password()),
                null,
                null,
                true,
                0,
                null,
                clock.instant()));
        audit.append(AuditEntry.of(
                caller,
                AuditAction.ACCOUNT_CREATE,
                null,
                "account:" + id,
                request.role().name()));
        return view(saved);
    }

    /**
     * Deactivates or reactivates a staff account. Deactivation takes effect on the account's next
     * request (its token version is bumped) and ends its refresh tokens; an admin cannot
     * deactivate themselves, so there is always someone left to undo a mistake.
     */
    @Transactional
    public AccountModels.Account setActive(Caller caller, String id, boolean active) {
        AccountEntity account = accounts.findByIdForUpdate(id)
                .filter(a -> !Role.PERSON.name().equals(a.role()))
                .orElseThrow(() -> ApiException.notFound());
        if (!active && account.id().equals(caller.accountId())) {
            throw ApiException.unprocessable("own-account", "you cannot deactivate your own account", null);
        }
        if (account.active() == active) {
            return view(account);
        }
        AccountEntity saved = accounts.update(account.withActive(active));
        sessions.endAccessTokens(id);
        if (!active) {
            accessEnded.publishEvent(new AccountAccessEnded(id));
        }
        audit.append(AuditEntry.of(
                caller,
                active ? AuditAction.ACCOUNT_REACTIVATE : AuditAction.ACCOUNT_DEACTIVATE,
                null,
                "account:" + id,
                null));
        return view(saved);
    }

    /**
     * Gives a staff account a new temporary password, returned once and stored only hashed, and ends
     * the account's tokens and sessions (whoever knew the old password is signed out); a lock goes with
     * the old password. An admin changes their own password otherwise, not here.
     */
    @Transactional
    public PasswordReset resetPassword(Caller caller, String id) {
        requireAdmin(caller);
        AccountEntity account = lockStaff(id);
        if (account.id().equals(caller.accountId())) {
            throw ApiException.unprocessable("own-account", "you cannot reset your own password here", null);
        }
        String temporary = TemporaryPasswords.next();
        AccountEntity saved = accounts.update(account.withPassword(hasher.hashPassword(temporary)));
        sessions.endAccessTokens(id);
        accessEnded.publishEvent(new AccountAccessEnded(id));
        audit.append(AuditEntry.of(caller, AuditAction.ACCOUNT_PASSWORD_RESET, null, "account:" + id, null));
        return new PasswordReset(view(saved), temporary);
    }

    /** The account whose password was reset, and the temporary password, for the admin to hand over once. */
    public record PasswordReset(AccountModels.Account account, String temporaryPassword) {}

    /** Lifts a sign-in lock (too many wrong passwords) at once, rather than when it runs out. */
    @Transactional
    public AccountModels.Account unlock(Caller caller, String id) {
        requireAdmin(caller);
        AccountEntity account = lockStaff(id);
        if (account.failedLogins() == 0 && account.lockedUntil() == null) {
            return view(account);
        }
        AccountEntity saved = accounts.update(account.withLoginState(0, null));
        audit.append(AuditEntry.of(caller, AuditAction.ACCOUNT_UNLOCK, null, "account:" + id, null));
        return view(saved);
    }

    /** Of these accounts, the ones locked out of signing in now, with the end of their lock. */
    public Map<String, Instant> lockedNow(Collection<String> accountIds) {
        Map<String, Instant> out = new HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        Instant now = clock.instant();
        for (AccountEntity a : accounts.findByIdIn(accountIds)) {
            if (a.lockedUntil() != null && a.lockedUntil().isAfter(now)) {
                out.put(a.id(), a.lockedUntil());
            }
        }
        return out;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.is(Role.ADMIN)) {
            throw ApiException.forbidden("only admins manage staff accounts");
        }
    }

    private AccountEntity lockStaff(String id) {
        return accounts.findByIdForUpdate(id)
                .filter(a -> !Role.PERSON.name().equals(a.role()))
                .orElseThrow(() -> ApiException.notFound());
    }

    /** Staff accounts for admins; person accounts are case data and stay out of this list. */
    public List<AccountModels.Account> list(String adminUnitId, Role role) {
        if (role == Role.PERSON) {
            throw ApiException.badField("role", "person accounts are not listed; they belong to their case");
        }
        String path = "/";
        if (adminUnitId != null) {
            path = units.require(adminUnitId, "adminUnitId").path();
        }
        return accounts.findWithinUnit(path, role == null ? null : role.name()).stream()
                .filter(a -> !Role.PERSON.name().equals(a.role()))
                .map(this::view)
                .toList();
    }

    /** Mentors an officer may assign: those bound to a unit within the officer's scope. */
    public List<AccountModels.Account> mentorsFor(Caller officer) {
        AdminUnitEntity unit = units.require(officer.unitId(), "adminUnitId");
        return accounts.findWithinUnit(unit.path(), Role.MENTOR.name()).stream()
                .map(this::view)
                .toList();
    }

    /** The accounts bound to each of these cases (a person's login), by case; a case without one is absent. */
    public Map<String, Set<String>> accountsOfCases(Collection<String> caseIds) {
        Map<String, Set<String>> out = new HashMap<>();
        if (caseIds.isEmpty()) {
            return out;
        }
        accounts.findByCaseIdIn(caseIds)
                .forEach(a ->
                        out.computeIfAbsent(a.caseId(), k -> new HashSet<>()).add(a.id()));
        return out;
    }

    /** The active account bound to the case (the person's login), if any. */
    public Optional<String> activePersonOf(String caseId) {
        return accounts.findByCaseId(caseId).filter(AccountEntity::active).map(AccountEntity::id);
    }

    /** The active supervisor accounts of these units (a commune's lineage: the supervisors above it). */
    public List<String> activeSupervisorsIn(Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return accounts.findByAdminUnitIdInAndRoleAndActive(unitIds, Role.SUPERVISOR.name(), true).stream()
                .map(AccountEntity::id)
                .sorted()
                .toList();
    }

    /** A person's login follows their case to its new commune (an accepted transfer). */
    public void movePersonOf(String caseId, String unitId) {
        accounts.findByCaseId(caseId).ifPresent(a -> accounts.updateAdminUnit(a.id(), unitId));
    }

    /** The active officer accounts of these units, in one query (phones as stored, encrypted). */
    public List<AccountEntity> activeOfficersIn(Collection<String> unitIds) {
        return unitIds.isEmpty()
                ? List.of()
                : accounts.findByAdminUnitIdInAndRoleAndActive(unitIds, Role.OFFICER.name(), true);
    }

    /** The unit of the account if it is an active officer's. */
    public Optional<String> activeOfficerUnit(String accountId) {
        return accounts.findById(accountId)
                .filter(a -> a.active() && Role.OFFICER.name().equals(a.role()))
                .map(AccountEntity::adminUnitId);
    }

    /** The phone numbers (decrypted) of these accounts, by account id; an account without a phone is absent. */
    public Map<String, String> phonesOf(Collection<String> accountIds) {
        Map<String, String> out = new HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        for (AccountEntity a : accounts.findByIdIn(accountIds)) {
            String phone = cipher.decrypt(a.phoneEnc());
            if (phone != null) {
                out.put(a.id(), phone);
            }
        }
        return out;
    }

    /** The organisation of each of these accounts that has one, by account id, in one query. */
    public Map<String, String> organisationsOf(Collection<String> accountIds) {
        Map<String, String> out = new HashMap<>();
        if (!accountIds.isEmpty()) {
            accounts.findByIdIn(accountIds).forEach(a -> {
                if (a.organisationId() != null) {
                    out.put(a.id(), a.organisationId());
                }
            });
        }
        return out;
    }

    /** The display names of these accounts, by account id, in one query (who recorded a check-in, …). */
    public Map<String, String> displayNamesOf(Collection<String> accountIds) {
        Map<String, String> out = new HashMap<>();
        if (!accountIds.isEmpty()) {
            accounts.findByIdIn(accountIds).forEach(a -> out.put(a.id(), a.displayName()));
        }
        return out;
    }

    public AccountModels.Account me(Caller caller) {
        return view(accounts.findById(caller.accountId()).orElseThrow(() -> ApiException.notFound()));
    }

    public AccountModels.Account view(AccountEntity e) {
        return new AccountModels.Account(
                e.id(),
                e.username(),
                Role.valueOf(e.role()),
                e.displayName(),
                e.adminUnitId(),
                e.organisationId(),
                e.caseId(),
                cipher.decrypt(e.phoneEnc()),
                e.active());
    }
}
