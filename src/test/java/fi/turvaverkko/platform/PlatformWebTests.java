package fi.turvaverkko.platform;

import static fi.turvaverkko.support.Api.groupId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.turvaverkko.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Languages, error pages, the public pages and attachments, as a browser or a client meets them. */
@IntegrationTest
class PlatformWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void finnishIsTheDefaultAndLangSwitchesAndIsRemembered() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"fi\"")));
        mvc.perform(get("/").param("lang", "sv"))
                .andExpect(cookie().value("lang", "sv"))
                .andExpect(content().string(containsString("<html lang=\"sv\"")))
                .andExpect(content().string(containsString("Regionalt säkerhetssamarbete")));
        // the cookie wins over Accept-Language
        mvc.perform(get("/").cookie(new Cookie("lang", "en")).header("Accept-Language", "sv"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/").header("Accept-Language", "sv-FI,sv;q=0.9"))
                .andExpect(content().string(containsString("<html lang=\"sv\"")));
        // anything else falls back to Finnish
        mvc.perform(get("/").param("lang", "de").header("Accept-Language", "de"))
                .andExpect(content().string(containsString("<html lang=\"fi\"")));
    }

    @Test
    void errorPagesSpeakTheUsersLanguage() throws Exception {
        // error pages come from the servlet container's error dispatch, so ask the running server
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/public/nothing-here?lang=sv"))
                        .header("Accept", "text/html")
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("<html lang=\"sv\"").contains("Sidan hittades inte");
        mvc.perform(get("/api/v1/areas/123456789")
                        .with(httpBasic("spr", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The item asked for was not found."));
        // anonymous callers of other paths are sent to log in, so nothing is revealed
        mvc.perform(get("/actors/987654321")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theStatementsAndHealthArePublic() throws Exception {
        mvc.perform(get("/accessibility"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("306/2019")));
        mvc.perform(get("/privacy"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tietosuojaseloste")));
        // status only: no components, no details (Spring Boot also names the probe groups)
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/actors")));
    }

    @Test
    void assetsAreServedByTheApplicationItself() throws Exception {
        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).doesNotContain("https://").doesNotContain("//cdn");
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        // the stylesheet's URL carries its content hash, so a new version is never read from a cache
        var hashed =
                java.util.regex.Pattern.compile("/css/app-[0-9a-f]{32}\\.css").matcher(home);
        assertThat(hashed.find())
                .as("the stylesheet's URL carries its content hash")
                .isTrue();
        mvc.perform(get(hashed.group()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=3600")));
    }

    @Test
    void attachmentsAreCheckedBySizeAndContent() throws Exception {
        String group = groupId(jdbc, "Lapin valmiustoimikunta");
        Long meeting = jdbc.sql("SELECT id FROM network.meeting WHERE group_id = ? AND status = 'PLANNED' LIMIT 1")
                .param(Long.valueOf(group))
                .query(Long.class)
                .single();
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "esityslista.pdf", "application/pdf", pdf))
                        .param("ownerType", "MEETING")
                        .param("ownerId", meeting.toString())
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"));
        // a PNG that calls itself a PDF
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "poytakirja.pdf", "application/pdf", png))
                        .param("ownerType", "MEETING")
                        .param("ownerId", meeting.toString())
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isUnsupportedMediaType());
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "iso.pdf", "application/pdf", big))
                        .param("ownerType", "MEETING")
                        .param("ownerId", meeting.toString())
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isPayloadTooLarge());
        // to someone outside the group an unpublished meeting does not exist
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .param("ownerType", "MEETING")
                        .param("ownerId", meeting.toString())
                        .with(httpBasic("yritys", "demo")))
                .andExpect(status().isNotFound());
        // published minutes are read by everyone but added to only by the group
        Long published = jdbc.sql("SELECT id FROM network.meeting WHERE status = 'PUBLISHED' LIMIT 1")
                .query(Long.class)
                .single();
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .param("ownerType", "MEETING")
                        .param("ownerId", published.toString())
                        .with(httpBasic("yritys", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/attachments")
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
                        .param("ownerType", "SECRET_THING")
                        .param("ownerId", "1")
                        .with(httpBasic("coordinator", "demo")))
                .andExpect(status().isNotFound());
        long stored = jdbc.sql("SELECT count(*) FROM platform.attachment WHERE owner_type = 'MEETING' AND owner_id = ?")
                .param(meeting.toString())
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
        String id = jdbc.sql("SELECT id::text FROM platform.attachment WHERE owner_id = ? LIMIT 1")
                .param(meeting.toString())
                .query(String.class)
                .single();
        mvc.perform(get("/api/v1/attachments/" + id + "/content").with(httpBasic("pelastus", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
