package fi.turvaverkko.platform;

import static fi.turvaverkko.support.RawHttp.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.Api;
import fi.turvaverkko.support.IntegrationTest;
import fi.turvaverkko.support.RawHttp;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Limits before work (issue 9): a body nobody may send ties up neither the heap nor a thread. Each
 * test sends a body made up on the fly over a real connection and looks at how much of it had gone
 * out when the answer came.
 */
@IntegrationTest
class BodyLimitTests {

    private static final long MB = 1024 * 1024;
    private static final long HUGE = 400 * MB;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void aDeclared400MegabyteBodyIsRefusedBeforeItIsReadAndTheHeapDoesNotGrow() throws Exception {
        long before = usedHeap();
        var answer = RawHttp.send(
                port,
                "POST",
                "/api/v1/cap/import",
                Map.of("Authorization", basic("coordinator", "demo")),
                "application/cap+xml",
                HUGE,
                false);
        long after = usedHeap();
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Connection")).isEqualToIgnoringCase("close");
        assertThat(answer.body()).contains("\"title\":\"Liian suuri\"").contains("512 kt");
        // answered while all but what fits in the sockets' buffers was still unsent
        assertThat(answer.sentWhenAnswered()).isLessThan(32 * MB);
        assertThat(after - before).as("heap growth").isLessThan(64 * MB);
    }

    @Test
    void aChunked400MegabyteBodyFromSomeoneWithoutTheRightIsRefusedUnread() throws Exception {
        // a business may not open disruptions: the right is checked before a byte of the alert is read
        long before = usedHeap();
        var answer = RawHttp.send(
                port,
                "POST",
                "/api/v1/cap/import",
                Map.of("Authorization", basic("yritys", "demo")),
                "application/cap+xml",
                HUGE,
                true);
        long after = usedHeap();
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.sentWhenAnswered()).isLessThan(32 * MB);
        assertThat(after - before).as("heap growth").isLessThan(64 * MB);
    }

    @Test
    void aChunkedImportIsCutOffAtItsCap() throws Exception {
        // the coordinator may import resources; a chunked body is read only up to the 25 MB cap
        long before = usedHeap();
        var answer = RawHttp.send(
                port,
                "POST",
                "/api/v1/resources/import",
                Map.of("Authorization", basic("coordinator", "demo")),
                "text/csv",
                HUGE,
                true);
        long after = usedHeap();
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"title\":\"Liian suuri\"").contains("25 Mt");
        assertThat(answer.sentWhenAnswered()).isLessThan(25 * MB + 32 * MB);
        assertThat(after - before).as("heap growth").isLessThan(64 * MB);
    }

    @Test
    void aChunkedJsonBodyOverOneMegabyteIsRefusedWith413NotAs400() throws Exception {
        var answer = RawHttp.send(
                port,
                "POST",
                "/api/v1/actors",
                Map.of("Authorization", basic("coordinator", "demo")),
                "application/json",
                2 * MB,
                true,
                (byte) ' ');
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("\"title\":\"Liian suuri\"").contains("1 Mt");
    }

    @Test
    void aJsonBodyOverOneMegabyteIsAProblemDetailInTheCallersLanguage() throws Exception {
        String big = "{\"name\": \"" + "a".repeat((int) (MB + 10)) + "\"}";
        mvc.perform(Api.post("coordinator", "/api/v1/actors", big).header("Accept-Language", "en"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.title").value("Too large"))
                .andExpect(jsonPath("$.detail").value("The request is too large. The largest size allowed is 1 MB."));
    }

    @Test
    void aTooLargeUploadToAPageGetsTheTranslatedErrorPageNotTheContainers() throws Exception {
        var answer = RawHttp.send(
                port,
                "POST",
                "/resources/import?lang=sv",
                Map.of("Accept", "text/html"),
                "multipart/form-data; boundary=xyz",
                30 * MB,
                false);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body())
                .contains("<html lang=\"sv\"")
                .contains("Begäran är för stor. Den största tillåtna storleken är 26 MB.")
                .doesNotContain("HTTP Status 413");
        assertThat(answer.sentWhenAnswered()).isLessThan(30 * MB);
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
