package fi.turvaverkko.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.turvaverkko.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail goes out by SMTP when a server is configured, and otherwise waits on the outbox page. */
@IntegrationTest
class MailOutboxTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutbox outboxWithoutSmtp;

    @Test
    void withSmtpTheMessageIsDeliveredAndMarkedSent() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(smtp.getSmtp().getPort());
        var provider = new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class);
        MailOutbox outbox = new MailOutbox(jdbc, provider, new MailProperties("turvaverkko@lappi.example"));

        outbox.enqueue("paivystys@example.org", "Myrskyvaroitus Lapissa", "Ilmatieteen laitos varoittaa myrskystä.");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Myrskyvaroitus Lapissa");
        assertThat(jdbc.sql("SELECT status FROM platform.mail_message WHERE subject = 'Myrskyvaroitus Lapissa'")
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
    }

    @Test
    void withoutSmtpTheMessageWaitsInTheOutbox() {
        outboxWithoutSmtp.enqueue("koordinaattori@example.org", "Uusi rekisteröityminen", "Tarkista hakemus.");
        assertThat(jdbc.sql("SELECT status FROM platform.mail_message WHERE subject = 'Uusi rekisteröityminen'")
                        .query(String.class)
                        .single())
                .isEqualTo("OUTBOX");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
