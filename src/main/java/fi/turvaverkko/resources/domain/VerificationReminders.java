package fi.turvaverkko.resources.domain;

import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.identity.UserView;
import fi.turvaverkko.network.ActorView;
import fi.turvaverkko.network.Actors;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import fi.turvaverkko.platform.PlatformProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly verification reminders: once a day, the users of every owner whose resources were last
 * verified more than a year ago (and were not reminded in the last 30 days) get a mail in their own
 * language. One node does it: the others find the lock taken.
 */
@Component
public class VerificationReminders {

    private final ResourceRepository repository;
    private final ResourceRegistry registry;
    private final Actors actors;
    private final UserManagement users;
    private final Mailer mailer;
    private final Messages messages;
    private final JdbcClient jdbc;
    private final PlatformProperties platform;

    VerificationReminders(
            ResourceRepository repository,
            ResourceRegistry registry,
            Actors actors,
            UserManagement users,
            Mailer mailer,
            Messages messages,
            JdbcClient jdbc,
            PlatformProperties platform) {
        this.repository = repository;
        this.registry = registry;
        this.actors = actors;
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
        this.jdbc = jdbc;
        this.platform = platform;
    }

    /** Sends the day's reminders; answers how many mails went out. */
    @Scheduled(cron = "0 30 6 * * *", zone = "Europe/Helsinki")
    @Transactional
    public int remindOwners() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(550105)")
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        int mails = 0;
        for (Map<String, Object> due : repository.dueForReminder(
                registry.dueBefore(), OffsetDateTime.now().minusDays(30))) {
            long owner = (Long) due.get("owner");
            @SuppressWarnings("unchecked")
            List<Long> ids = (List<Long>) due.get("ids");
            String actorName = actors.find(owner).map(ActorView::name).orElse("");
            for (UserView u : users.usersOfActor(owner)) {
                if (u.email() != null) {
                    send(u, actorName, due.get("count"));
                    mails++;
                }
            }
            repository.markReminded(ids);
        }
        return mails;
    }

    private void send(UserView u, String actorName, Object count) {
        Locale locale = Messages.supported(u.preferredLanguage()) == null
                ? Messages.FINNISH
                : Messages.supported(u.preferredLanguage());
        mailer.send(
                u.email(),
                messages.get(locale, "resource.reminder.subject", count),
                messages.get(
                        locale,
                        "resource.reminder.body",
                        actorName,
                        count,
                        platform.publicUrl() + "/resources?mine=true&verificationDue=true"));
    }
}
