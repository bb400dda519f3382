package fi.turvaverkko.platform;

import fi.turvaverkko.platform.mail.MailOutbox;
import org.springframework.stereotype.Component;

/**
 * Sends mail: the message is written in the caller's transaction and delivered after it commits,
 * by SMTP when {@code spring.mail.host} is set, otherwise kept on the outbox page for an admin.
 */
@Component
public class Mailer {

    private final MailOutbox outbox;

    Mailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    public void send(String recipient, String subject, String body) {
        outbox.enqueue(recipient, subject, body);
    }
}
