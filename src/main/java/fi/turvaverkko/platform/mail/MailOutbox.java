package fi.turvaverkko.platform.mail;

import fi.turvaverkko.shared.PageParams;
import fi.turvaverkko.shared.PageResult;
import fi.turvaverkko.shared.SqlFilter;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The mail table: queued in the caller's transaction, delivered after commit or kept as outbox. */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final MailProperties properties;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, MailProperties properties) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.properties = properties;
    }

    /** A sent or kept message as the outbox page shows it. */
    public record MailMessage(
            long id, OffsetDateTime createdAt, String recipient, String subject, String body, String status) {}

    public void enqueue(String recipient, String subject, String body) {
        boolean smtp = sender.getIfAvailable() != null;
        jdbc.sql("INSERT INTO platform.mail_message (recipient, subject, body, status) VALUES (?, ?, ?, ?)")
                .params(recipient, subject, body, smtp ? "PENDING" : "OUTBOX")
                .update();
        if (smtp && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliverPending();
                }
            });
        } else if (smtp) {
            deliverPending();
        }
    }

    /** Delivers what waits; several nodes may run this at once, each row goes out once. */
    @Scheduled(fixedDelayString = "${turvaverkko.mail.retry-interval:PT30S}")
    public void deliverPending() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        for (int i = 0; i < 100; i++) {
            Optional<Long> next = jdbc.sql("""
                            UPDATE platform.mail_message SET attempts = attempts + 1
                            WHERE id = (SELECT id FROM platform.mail_message
                                        WHERE status = 'PENDING' AND attempts < 5
                                        ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1)
                            RETURNING id""").query(Long.class).optional();
            if (next.isEmpty()) {
                return;
            }
            long id = next.get();
            Map<String, Object> row = jdbc.sql(
                            "SELECT recipient, subject, body FROM platform.mail_message WHERE id = ?")
                    .param(id)
                    .query()
                    .singleRow();
            try {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo((String) row.get("recipient"));
                message.setSubject((String) row.get("subject"));
                message.setText((String) row.get("body"));
                mail.send(message);
                jdbc.sql("UPDATE platform.mail_message SET status = 'SENT', sent_at = now() WHERE id = ?")
                        .param(id)
                        .update();
            } catch (RuntimeException e) {
                log.warn("Mail {} not delivered: {}", id, e.getMessage());
                jdbc.sql("""
                                UPDATE platform.mail_message SET last_error = ?,
                                  status = CASE WHEN attempts >= 5 THEN 'FAILED' ELSE 'PENDING' END
                                WHERE id = ?""").params(e.getMessage(), id).update();
                return;
            }
        }
    }

    public PageResult<MailMessage> list(String recipient, PageParams paging) {
        return SqlFilter.create()
                .and("recipient ILIKE :recipient", "recipient", SqlFilter.contains(recipient))
                .page(
                        jdbc,
                        "SELECT id, created_at, recipient, subject, body, status FROM platform.mail_message",
                        "SELECT count(*) FROM platform.mail_message",
                        paging,
                        Map.of("createdAt", "created_at", "recipient", "recipient"),
                        "id DESC",
                        (rs, n) -> new MailMessage(
                                rs.getLong("id"),
                                rs.getObject("created_at", OffsetDateTime.class),
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("body"),
                                rs.getString("status")));
    }

    List<String> statuses() {
        return List.of("PENDING", "SENT", "FAILED", "OUTBOX");
    }
}
