package fi.turvaverkko.identity.domain;

import fi.turvaverkko.identity.CurrentUser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a logged-in user; carries the {@link CurrentUser}. */
public final class UserPrincipal implements UserDetails, CredentialsContainer, Serializable {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean active;

    public UserPrincipal(CurrentUser user, String passwordHash, boolean active) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> list = new ArrayList<>();
        user.roles().forEach(r -> list.add(new SimpleGrantedAuthority("ROLE_" + r)));
        if (user.isCoordinator()) {
            list.add(new SimpleGrantedAuthority("REGION_COORDINATOR"));
        }
        if (user.isAuthority()) {
            list.add(new SimpleGrantedAuthority("AUTHORITY_USER"));
        }
        return list;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserPrincipal p && p.user.username().equals(user.username());
    }

    @Override
    public int hashCode() {
        return user.username().hashCode();
    }
}
