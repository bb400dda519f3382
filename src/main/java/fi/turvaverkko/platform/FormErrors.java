package fi.turvaverkko.platform;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import org.springframework.validation.BindingResult;

/**
 * Puts a refusal onto the form that caused it: field problems next to their fields, the rest at the
 * top, so the page is shown again with everything the person typed.
 */
public final class FormErrors {

    private FormErrors() {}

    public static void bind(DomainException e, BindingResult binding) {
        if (e.problems().isEmpty()) {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
        for (Problem p : e.problems()) {
            if (p.field() != null && isField(binding, p.field())) {
                binding.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            } else {
                binding.reject(p.messageKey(), p.args(), p.messageKey());
            }
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            return binding.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
