package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.ApiProblem;
import fi.turvaverkko.platform.ProblemFactory;
import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every refusal of the API as a problem detail in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final ProblemFactory problems;

    ApiExceptionHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ApiProblem> domain(DomainException e, HttpServletRequest request) {
        return answer(problems.of(e, request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiProblem> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<Problem> list = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Problem.field(f.getField(), validationKey(f.getCode()), constraintArgs(f.getArguments())))
                .toList();
        return answer(problems.of(400, "error.invalidInput", list, request.getRequestURI()));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiProblem> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        return answer(problems.of(400, "error.invalidInput", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        // a refusal raised while the body was read (too large: 413) is answered as itself
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof DomainException refusal) {
                return domain(refusal, request);
            }
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return answer(problems.of(
                    400,
                    "error.invalidInput",
                    List.of(Problem.field(u.getPropertyName(), "error.unknownField", u.getPropertyName())),
                    request.getRequestURI()));
        }
        if (cause instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            String field = fieldOf(f);
            return answer(problems.of(
                    400,
                    "error.invalidInput",
                    List.of(Problem.field(field, "error.text.invalidCharacters")),
                    request.getRequestURI()));
        }
        return answer(problems.of(400, "error.unreadableBody", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiProblem> missing(Exception e, HttpServletRequest request) {
        String name = e instanceof MissingServletRequestParameterException m
                ? m.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return answer(problems.of(
                400,
                "error.invalidInput",
                List.of(Problem.field(name, "validation.required")),
                request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiProblem> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(problems.of(
                400,
                "error.invalidInput",
                List.of(Problem.field(e.getName(), "validation.format")),
                request.getRequestURI()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiProblem> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(problems.of(413, "error.fileTooLarge", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiProblem> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(problems.of(415, "error.unsupportedMediaType", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiProblem> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(problems.of(405, "error.methodNotAllowed", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiProblem> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return answer(problems.of(404, "error.notFound", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiProblem> denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(problems.of(403, "error.forbidden", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiProblem> stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return answer(problems.of(409, "error.staleVersion", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiProblem> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        if (UiExceptionHandler.isUnstorableText(e)) {
            return answer(problems.of(400, "error.text.invalidCharacters", List.of(), request.getRequestURI()));
        }
        log.info(
                "Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return answer(problems.of(409, "error.conflict", List.of(), request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiProblem> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error at {}", request.getRequestURI(), e);
        return answer(problems.of(500, "error.unexpected", List.of(), request.getRequestURI()));
    }

    private static ResponseEntity<ApiProblem> answer(ApiProblem problem) {
        return ResponseEntity.status(HttpStatus.valueOf(problem.status()))
                .contentType(PROBLEM)
                .body(problem);
    }

    /** The refused field's name as the body gave it ({@code items[2].title} → {@code title}). */
    private static String fieldOf(InvalidFormatException f) {
        String field = null;
        for (var ref : f.getPath()) {
            if (ref.getPropertyName() != null) {
                field = ref.getPropertyName();
            }
        }
        return field == null ? "body" : field;
    }

    /** Bean Validation codes (NotBlank, Size, …) map to our keys {@code validation.notBlank} etc. */
    static String validationKey(String code) {
        if (code == null) {
            return "validation.invalid";
        }
        return "validation." + Character.toLowerCase(code.charAt(0)) + code.substring(1);
    }

    /**
     * Drops the field-name resolvable that Spring puts first; the rest are the constraint's
     * attributes in alphabetical order ({@code @Size}: max, min).
     */
    static Object[] constraintArgs(Object[] args) {
        if (args == null || args.length <= 1) {
            return new Object[0];
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return rest;
    }
}
