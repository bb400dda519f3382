package fi.turvaverkko.registration.domain;

import fi.turvaverkko.identity.UserManagement;
import fi.turvaverkko.platform.Mailer;
import fi.turvaverkko.platform.Messages;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Tells the user who made a request how it was answered, by mail in the user's own language. */
@Component
class AskerMail {

    private final UserManagement users;
    private final Mailer mailer;
    private final Messages messages;

    AskerMail(UserManagement users, Mailer mailer, Messages messages) {
        this.users = users;
        this.mailer = mailer;
        this.messages = messages;
    }

    void send(Long userId, String subjectKey, String bodyKey, Object... args) {
        if (userId == null) {
            return;
        }
        users.find(String.valueOf(userId))
                .filter(u -> u.email() != null && !u.email().isBlank())
                .ifPresent(u -> {
                    Locale locale = Locale.forLanguageTag(u.preferredLanguage() == null ? "fi" : u.preferredLanguage());
                    mailer.send(u.email(), messages.get(locale, subjectKey), messages.get(locale, bodyKey, args));
                });
    }
}
