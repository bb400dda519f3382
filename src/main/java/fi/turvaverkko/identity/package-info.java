/**
 * Who people are and what they may do: users with hashed passwords, the roles ADMIN, COORDINATOR
 * and MEMBER, the actors a user acts for, form login and logout, HTTP Basic and personal API
 * tokens for the API, throttled failed logins, and the admin pages for users. Other modules use
 * {@code UserManagement} (users as {@code UserView}, in batches), {@code CurrentUser} and {@code Role};
 * the network module tells it about actors through {@code ActorDirectory}. The admin's use cases and
 * their commands are inside, in {@code domain}.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "shared"})
package fi.turvaverkko.identity;

import org.springframework.modulith.ApplicationModule;
