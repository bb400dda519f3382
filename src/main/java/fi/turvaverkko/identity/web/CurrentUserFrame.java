package fi.turvaverkko.identity.web;

import fi.turvaverkko.identity.CurrentUser;
import fi.turvaverkko.platform.PageFrameContributor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts the logged-in user into every page's frame. */
@Component
class CurrentUserFrame implements PageFrameContributor {

    @Override
    public void contribute(HttpServletRequest request, Map<String, Object> model) {
        model.putIfAbsent("currentUser", CurrentUser.get());
    }
}
