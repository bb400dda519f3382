package fi.turvaverkko.platform.web;

import fi.turvaverkko.platform.ApiProblem;
import fi.turvaverkko.platform.BodyLimit;
import fi.turvaverkko.platform.ProblemFactory;
import fi.turvaverkko.shared.DomainException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits before work: every request body has a cap (its path's {@link BodyLimit}, else 1 MB, else
 * for a file upload the multipart limit). A declared {@code Content-Length} over the cap is answered
 * 413 at once, before security, the language or anything else reads a byte of the body; a body
 * without a length (chunked) is read through a stream that stops at the cap with the same 413. The
 * 413 closes the connection, so that the container does not read the rest of the body either.
 *
 * <p>Forms ({@code application/x-www-form-urlencoded}) and uploads ({@code multipart/form-data}) that
 * the container itself parses are limited by its own settings as well
 * ({@code server.tomcat.max-http-form-post-size}, {@code spring.servlet.multipart.*}).
 */
class BodyLimitFilter extends OncePerRequestFilter {

    /** Room for a form's own parts (boundaries, headers, other fields) around an uploaded file. */
    static final long FORM_SLACK = 64 * 1024;

    private static final long MEGABYTE = 1024 * 1024;

    private record Rule(PathPattern pattern, long max) {}

    private final List<Rule> rules;
    private final long defaultMax;
    private final long multipartMax;
    private final ProblemFactory problems;
    private final JsonMapper json;

    BodyLimitFilter(
            List<BodyLimit> limits,
            DataSize defaultMax,
            DataSize multipartMax,
            ProblemFactory problems,
            JsonMapper json) {
        this.rules = limits.stream()
                .map(l -> new Rule(
                        PathPatternParser.defaultInstance.parse(l.path()),
                        l.max().toBytes()))
                .toList();
        this.defaultMax = defaultMax.toBytes();
        this.multipartMax = multipartMax.toBytes();
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > max) {
            refuse(request, response, max);
            return;
        }
        if (declared == 0 || (declared < 0 && request.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, max), response);
        } catch (ServletException | RuntimeException e) {
            TooLarge tooLarge = find(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            refuse(request, response, tooLarge.max);
        }
    }

    long limitFor(HttpServletRequest request) {
        boolean form = isMultipart(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        for (Rule r : rules) {
            if (r.pattern().matches(container)) {
                return form ? r.max() + FORM_SLACK : r.max();
            }
        }
        return form ? multipartMax : defaultMax;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long max) throws IOException {
        refuse(request, response, max, problems, json);
    }

    /**
     * 413 with the limit, closing the connection: a problem detail for the API, else the error page
     * with the reason.
     */
    static void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            long max,
            ProblemFactory problems,
            JsonMapper json)
            throws IOException {
        response.setHeader("Connection", "close");
        String key = limitKey(max);
        Object size = limitSize(max);
        String path = request.getRequestURI();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ApiProblem problem = problems.of(413, key, List.of(), path, size);
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        } else {
            request.setAttribute(UiExceptionHandler.MESSAGE_KEY, key);
            request.setAttribute(UiExceptionHandler.MESSAGE_ARGS, new Object[] {size});
            response.sendError(413);
        }
    }

    /** The limit in whole megabytes from 1 MB up, else in kilobytes. */
    private static String limitKey(long max) {
        return max >= MEGABYTE ? "error.bodyTooLarge.mb" : "error.bodyTooLarge.kb";
    }

    private static long limitSize(long max) {
        return max >= MEGABYTE ? max / MEGABYTE : Math.max(1, max / 1024);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static TooLarge find(Throwable e) {
        for (int depth = 0; e != null && depth < 16; e = e.getCause(), depth++) {
            if (e instanceof TooLarge t) {
                return t;
            }
        }
        return null;
    }

    /** The body went past its cap while it was read; answered 413 like a declared length over it. */
    static final class TooLarge extends DomainException {

        private final long max;

        TooLarge(long max) {
            super(413, limitKey(max), limitSize(max));
            this.max = max;
        }
    }

    /** The request with a body that can be read only up to the cap. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;
        private BufferedReader reader;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Capped(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }
    }

    /** Counts what is read and refuses to go past the cap. */
    private static final class Capped extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long count;

        Capped(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, (int) Math.min(len, max - count + 1));
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > max) {
                throw new TooLarge(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
