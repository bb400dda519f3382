package fi.turvaverkko.platform;

import org.springframework.util.unit.DataSize;

/**
 * The largest request body a path takes, which a module declares as a bean for the paths that take
 * more (imports) or less (CAP) than the default ({@code turvaverkko.max-body-size}, 1 MB; uploads of
 * files as {@code multipart/form-data} up to {@code spring.servlet.multipart.max-request-size}).
 * A declared {@code Content-Length} over it is refused with 413 before anything reads the body, and
 * a body without one is cut off there.
 *
 * @param path a path pattern such as {@code /api/v1/cap/import} or {@code /imports/**}
 * @param max the largest body, the file itself; an upload of it as a form gets a little more room
 *     for the form's own parts
 */
public record BodyLimit(String path, DataSize max) {}
