package fi.turvaverkko.registration.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts sign-ups per client address and per e-mail address in the last hour, in the database so
 * that the limit holds across every node. An advisory lock per address makes count-and-record
 * atomic under concurrent requests.
 */
@Repository
class SignupThrottle {

    private final JdbcClient jdbc;

    SignupThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the attempt when both counts are under their limits; answers whether it was allowed.
     * Must run in a transaction of its own, committed whatever happens to the registration.
     */
    boolean tryRecord(String clientAddress, String email, int perAddress, int perEmail) {
        String address = Hashes.sha256("address:" + clientAddress);
        String mail = Hashes.email(email);
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?)), pg_advisory_xact_lock(hashtext(?))")
                .params(address, mail)
                .query()
                .listOfRows();
        long byAddress = jdbc.sql("SELECT count(*) FROM registration.signup_attempt"
                        + " WHERE address_hash = ? AND at > now() - interval '1 hour'")
                .param(address)
                .query(Long.class)
                .single();
        long byEmail = jdbc.sql("SELECT count(*) FROM registration.signup_attempt"
                        + " WHERE email_hash = ? AND at > now() - interval '1 hour'")
                .param(mail)
                .query(Long.class)
                .single();
        if (byAddress >= perAddress || byEmail >= perEmail) {
            return false;
        }
        jdbc.sql("INSERT INTO registration.signup_attempt (address_hash, email_hash) VALUES (?, ?)")
                .params(address, mail)
                .update();
        jdbc.sql("DELETE FROM registration.signup_attempt WHERE at < now() - interval '1 day'")
                .update();
        return true;
    }
}
