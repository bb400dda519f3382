package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Adds the translated reason of a refusal to the error page, when there is one. */
@Component
class ErrorPageModel implements fi.turvaverkko.platform.PageFrameContributor {

    private final Messages messages;

    ErrorPageModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void contribute(HttpServletRequest request, Map<String, Object> model) {
        if (request.getAttribute(UiExceptionHandler.MESSAGE_KEY) instanceof String key) {
            Object[] args = (Object[]) request.getAttribute(UiExceptionHandler.MESSAGE_ARGS);
            model.put("errorReason", messages.get(key, args == null ? new Object[0] : args));
        }
    }
}
