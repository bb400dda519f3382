package fi.turvaverkko.platform.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises a file by its first bytes (and, for office files, by the entries of the zip), never by
 * what the uploader claims; the file's extension must agree with what the content is.
 */
public final class FileTypes {

    /** Accepted extensions and the content type each one must have. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"));

    private FileTypes() {}

    public static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The content type the bytes really have, or {@code null} when they are none we accept. */
    public static String detect(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (starts(b, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || starts(b, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return "image/gif";
        }
        if (starts(b, new byte[] {'P', 'K', 3, 4})) {
            return zipType(b);
        }
        if (isText(b)) {
            return "text/plain";
        }
        return null;
    }

    /** Is the declared extension one we accept, and does the content agree with it? */
    public static boolean agrees(String filename, String detected) {
        String expected = ALLOWED.get(extension(filename));
        if (expected == null || detected == null) {
            return false;
        }
        if (expected.equals("text/csv")) {
            return detected.equals("text/plain");
        }
        return expected.equals(detected);
    }

    public static String contentTypeOf(String filename) {
        return ALLOWED.getOrDefault(extension(filename), "application/octet-stream");
    }

    /** Text: valid UTF-8 (BOM allowed) without NUL or other control bytes than tab and line ends. */
    public static boolean isText(byte[] b) {
        for (byte x : b) {
            if (x == 0 || (x > 0 && x < 0x20 && x != '\t' && x != '\n' && x != '\r' && x != '\f')) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String zipType(byte[] b) {
        Set<String> names = centralDirectoryNames(b);
        if (names == null) {
            return null;
        }
        if (names.contains("mimetype")) {
            // ODF: the first entry is "mimetype", stored uncompressed, holding the type
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
                ZipEntry first = zip.getNextEntry();
                if (first != null && first.getName().equals("mimetype")) {
                    return new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                }
            } catch (IOException e) {
                return null;
            }
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.stream().anyMatch(n -> n.startsWith("word/"))) {
                return ALLOWED.get("docx");
            }
            if (names.stream().anyMatch(n -> n.startsWith("xl/"))) {
                return ALLOWED.get("xlsx");
            }
            if (names.stream().anyMatch(n -> n.startsWith("ppt/"))) {
                return ALLOWED.get("pptx");
            }
        }
        return null;
    }

    /**
     * The entry names from the zip's central directory. Read from there rather than by streaming
     * the entries, because streamed entries with data descriptors (as many writers make) cannot be
     * walked without their sizes.
     */
    static Set<String> centralDirectoryNames(byte[] b) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65_535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int count = u16(b, eocd + 10);
        long offset = u32(b, eocd + 16);
        Set<String> names = new HashSet<>();
        int p = (int) offset;
        for (int n = 0; n < count && n < 5000; n++) {
            if (p < 0 || p + 46 > b.length || !(b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2)) {
                return null;
            }
            int nameLength = u16(b, p + 28);
            int extraLength = u16(b, p + 30);
            int commentLength = u16(b, p + 32);
            if (p + 46 + nameLength > b.length) {
                return null;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & 0xffffffffL;
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
