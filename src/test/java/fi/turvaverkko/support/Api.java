package fi.turvaverkko.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Short-hands for API calls as a demo user, and lookups of demo data by name. */
public final class Api {

    private Api() {}

    public static MockHttpServletRequestBuilder get(String user, String path) {
        return as(user, MockMvcRequestBuilders.get(path));
    }

    public static MockHttpServletRequestBuilder post(String user, String path, String json) {
        return as(
                user,
                MockMvcRequestBuilders.post(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    public static MockHttpServletRequestBuilder put(String user, String path, String json) {
        return as(
                user,
                MockMvcRequestBuilders.put(path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json));
    }

    public static MockHttpServletRequestBuilder delete(String user, String path) {
        return as(user, MockMvcRequestBuilders.delete(path));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder b) {
        b.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        return user == null ? b : b.with(httpBasic(user, "demo"));
    }

    public static String actorId(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id::text FROM network.actor WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    public static String groupId(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id::text FROM network.cooperation_group WHERE name = ?")
                .param(name)
                .query(String.class)
                .single();
    }

    /** A valid Finnish business ID that no other test uses. */
    public static String businessId() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String digits = String.format("%07d", r.nextInt(1_000_000, 9_990_000));
            Integer check = checkDigit(digits);
            if (check != null) {
                return digits + "-" + check;
            }
        }
    }

    /**
     * The business ID's check digit (weights 7, 9, 10, 5, 8, 4, 2 modulo 11), computed here rather
     * than with network's BusinessId: a dependency of this package on a module makes the modules
     * cyclic when test classes are on the class path, and Spring Modulith then migrates the schemas
     * in alphabetical order instead of dependency order.
     */
    private static Integer checkDigit(String digits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int remainder = sum % 11;
        return remainder == 0 ? Integer.valueOf(0) : remainder == 1 ? null : 11 - remainder;
    }

    /** A name no other test uses. */
    public static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }
}
