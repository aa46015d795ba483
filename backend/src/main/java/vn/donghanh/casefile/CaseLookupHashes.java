package vn.donghanh.casefile;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.donghanh.common.SqlLists;
import vn.donghanh.security.DataCipher;
import vn.donghanh.security.PhoneNumbers;

/**
 * Keyed hashes of a case's national ID and phone beside their ciphertext (V23), so a receiving
 * commune can find a person among cases anywhere without decrypting every row. Written with every
 * registration and edit; rows from before V23 are filled once at startup.
 */
@Singleton
public class CaseLookupHashes {
    private static final Logger LOG = LoggerFactory.getLogger(CaseLookupHashes.class);
    private static final int CHUNK = 500;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> tx;
    private final DataCipher cipher;

    CaseLookupHashes(JdbcOperations jdbc, TransactionOperations<Connection> tx, DataCipher cipher) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.cipher = cipher;
    }

    /** The hash a national ID is stored and looked up by (spaces and dots dropped). */
    public String ofNationalId(String nationalId) {
        String plain = nationalId == null ? "" : nationalId.replaceAll("[\\s.]", "");
        return plain.isEmpty() ? null : cipher.keyedHash("case-national-id", plain);
    }

    /** The hash a phone number is stored and looked up by (normalised as logins are). */
    public String ofPhone(String phone) {
        return phone == null || phone.isBlank() ? null : cipher.keyedHash("case-phone", PhoneNumbers.normalise(phone));
    }

    /** A case's id and its two identifiers as stored (ciphertext). */
    private record Sealed(String id, byte[] nationalIdEnc, byte[] phoneEnc) {}

    /** Writes the hashes of these cases as they are stored now (in the caller's transaction). */
    void store(List<CaseEntity> cases) {
        write(cases.stream()
                .map(c -> new Sealed(c.id(), c.nationalIdEnc(), c.phoneEnc()))
                .toList());
    }

    private void write(List<Sealed> cases) {
        List<List<?>> rows = new ArrayList<>(cases.size());
        for (Sealed c : cases) {
            rows.add(Arrays.asList(
                    ofNationalId(cipher.decrypt(c.nationalIdEnc())), ofPhone(cipher.decrypt(c.phoneEnc())), c.id()));
        }
        if (!rows.isEmpty()) {
            SqlLists.batch(jdbc, "UPDATE managed_case SET national_id_hash = ?, phone_hash = ? WHERE id = ?", rows);
        }
    }

    /** The case registered with this national ID or phone, whichever is given (national ID first). */
    public Optional<String> find(String nationalId, String phone) {
        Optional<String> found = byHash("national_id_hash", ofNationalId(nationalId));
        return found.isPresent() ? found : byHash("phone_hash", ofPhone(phone));
    }

    /** The case with this hash in {@code column}: an open one before a closed one, the newest first. */
    private Optional<String> byHash(String column, String hash) {
        if (hash == null) {
            return Optional.empty();
        }
        return SqlLists.one(
                jdbc,
                "SELECT id FROM managed_case WHERE " + column + " = ? ORDER BY status IN ('COMPLETED', 'DECEASED',"
                        + " 'TRANSFERRED_OUT'), created_at DESC LIMIT 1",
                List.of(hash),
                rs -> rs.getString(1));
    }

    /** Fills the hashes of rows written before V23 (or by hand), a chunk per transaction. */
    @EventListener
    void onStartup(StartupEvent started) {
        int filled = 0;
        String after = "";
        while (true) {
            String from = after;
            // By id, so a row whose identifiers hash to nothing (blank) is passed over, not read again forever.
            List<Sealed> chunk = tx.executeWrite(s -> {
                List<Sealed> rows = SqlLists.query(
                        jdbc,
                        "SELECT id, national_id_enc, phone_enc FROM managed_case WHERE national_id_hash IS NULL"
                                + " AND phone_hash IS NULL AND (national_id_enc IS NOT NULL OR phone_enc IS NOT NULL)"
                                + " AND id > ? ORDER BY id LIMIT " + CHUNK + " FOR UPDATE SKIP LOCKED",
                        List.of(from),
                        rs -> new Sealed(rs.getString(1), rs.getBytes(2), rs.getBytes(3)));
                write(rows);
                return rows;
            });
            filled += chunk.size();
            if (chunk.size() < CHUNK) {
                break;
            }
            after = chunk.get(chunk.size() - 1).id();
        }
        if (filled > 0) {
            LOG.info("Filled the lookup hashes of {} cases registered before they existed", filled);
        }
    }
}
