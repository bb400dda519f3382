package fi.turvaverkko.identity.domain;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a user for login; only ACTIVE users may log in. */
@Component
public class UserDetailsLoader implements UserDetailsService {

    private final UserRepository users;
    private final PrincipalFactory principals;

    UserDetailsLoader(UserRepository users, PrincipalFactory principals) {
        this.users = users;
        this.principals = principals;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var c = users.credentials(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new UserPrincipal(
                principals.currentUser(c.user()),
                c.passwordHash(),
                UserStatus.parse(c.user().status()).map(UserStatus::mayLogIn).orElse(false));
    }
}
