/**
 * Who people are and what they may do: users with hashed passwords, the roles ADMIN, COORDINATOR
 * and MEMBER, the actors a user acts for, form login and logout, HTTP Basic and personal API
 * tokens for the API, throttled failed logins, and the admin pages for users.
 */
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {"platform", "shared"})
package fi.turvaverkko.identity;

import org.springframework.modulith.ApplicationModule;
