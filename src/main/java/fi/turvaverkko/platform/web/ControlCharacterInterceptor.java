package fi.turvaverkko.platform.web;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a request whose parameters (query or form) hold control characters other than tab and
 * line breaks: PostgreSQL cannot store NUL, and the XML the product writes (CAP, XLSX) cannot hold
 * any of them. The refusal is a 400 with a translated message, as an error page or as a problem
 * detail, instead of a database error (500) or data no export can write (issue 10, bad input).
 */
class ControlCharacterInterceptor implements HandlerInterceptor {

    static final String MESSAGE_KEY = "error.controlCharacters";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // the error page of the refusal sees the same parameters
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            boolean bad = hasControlCharacter(e.getKey());
            for (String value : e.getValue()) {
                bad |= hasControlCharacter(value);
            }
            if (bad) {
                problems.add(Problem.field(e.getKey(), MESSAGE_KEY));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(400, MESSAGE_KEY, problems);
        }
        return true;
    }

    static boolean hasControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
