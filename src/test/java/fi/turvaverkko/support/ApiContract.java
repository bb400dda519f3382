package fi.turvaverkko.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds the OpenAPI document to what the API answers: every answer under {@code /api/} that a test
 * receives through MockMvc is checked against the document — its status must be one the operation
 * documents, and a JSON body must match the schema documented for that status (types, {@code
 * null} only where the field may be null, required fields, enumerations, nested objects and
 * arrays).
 *
 * <p>What does not match is a finding, written as one line ({@code GET /api/v1/x/{id} 200: $.a[].b:
 * null where the document says string}). Findings that were there when the check was written are
 * in {@code src/test/resources/allow-lists/api-contract.txt}; any other fails the test that received
 * the answer. Every run writes what it found to {@code target/api-contract/found.txt}; with {@code
 * -Dapicontract.record=true} it only writes (to make the list anew after a run of every test).
 */
@TestConfiguration(proxyBeanMethods = false)
public class ApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path ALLOW_LIST = Path.of("src/test/resources/allow-lists/api-contract.txt");
    private static final Path FOUND = Path.of("target/api-contract/found.txt");
    private static final Set<String> WRITTEN = new HashSet<>();
    private static volatile Set<String> allowed;

    @Bean
    MockMvcBuilderCustomizer apiContractCheck(Environment environment) {
        Document document = new Document(environment);
        return builder -> builder.alwaysDo(result -> document.check(result));
    }

    static Set<String> allowed() {
        if (allowed == null) {
            try {
                Set<String> lines = new LinkedHashSet<>();
                if (Files.exists(ALLOW_LIST)) {
                    for (String line : Files.readAllLines(ALLOW_LIST, StandardCharsets.UTF_8)) {
                        String l = line.strip();
                        if (!l.isEmpty() && !l.startsWith("#")) {
                            lines.add(l);
                        }
                    }
                }
                allowed = lines;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return allowed;
    }

    static synchronized void found(List<String> findings) {
        List<String> fresh = findings.stream().filter(WRITTEN::add).toList();
        if (fresh.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(FOUND.getParent());
            Files.write(FOUND, fresh, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's OpenAPI document, read once from the running server. */
    static final class Document {
        private final Environment environment;
        private volatile JsonNode api;
        private volatile List<Template> templates;

        Document(Environment environment) {
            this.environment = environment;
        }

        Document(JsonNode api) {
            this.environment = null;
            load(api);
        }

        private record Template(String path, Pattern pattern, int variables) {}

        private JsonNode api() {
            if (api == null) {
                synchronized (this) {
                    if (api == null) {
                        String port = environment.getProperty("local.server.port");
                        HttpClient client = HttpClient.newHttpClient();
                        try {
                            HttpResponse<String> r = client.send(
                                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            load(JSON.readTree(r.body()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            return api;
        }

        private void load(JsonNode doc) {
            List<Template> list = new ArrayList<>();
            doc.path("paths").propertyNames().forEach(p -> {
                String regex = Pattern.quote(p).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
                list.add(new Template(p, Pattern.compile(regex), p.split("\\{", -1).length - 1));
            });
            list.sort(Comparator.comparingInt(Template::variables));
            templates = list;
            api = doc;
        }

        void check(MvcResult result) {
            String uri = result.getRequest().getRequestURI();
            if (!uri.startsWith("/api/")) {
                return;
            }
            List<String> findings = findings(
                    result.getRequest().getMethod(),
                    uri,
                    result.getResponse().getStatus(),
                    result.getResponse().getContentType(),
                    result.getResponse().getContentAsByteArray());
            if (findings.isEmpty()) {
                return;
            }
            found(findings);
            if (Boolean.getBoolean("apicontract.record")) {
                return;
            }
            List<String> unknown =
                    findings.stream().filter(f -> !allowed().contains(f)).toList();
            if (!unknown.isEmpty()) {
                throw new AssertionError("The answer does not match the OpenAPI document (" + ALLOW_LIST
                        + " holds only the findings that were there before):\n  " + String.join("\n  ", unknown));
            }
        }

        List<String> findings(String method, String uri, int status, String contentType, byte[] body) {
            JsonNode doc = api();
            String path = templates.stream()
                    .filter(t -> t.pattern().matcher(uri).matches())
                    .map(Template::path)
                    .findFirst()
                    .orElse(null);
            List<String> out = new ArrayList<>();
            if (path == null) {
                // not an operation of the document (a 404 of an unknown address): nothing to hold it to
                return out;
            }
            JsonNode operation = doc.path("paths").path(path).path(method.toLowerCase());
            String op = method + " " + path + " " + status;
            if (operation.isMissingNode()) {
                if (status != 405 && status != 404) {
                    out.add(op + ": the method is not in the document");
                }
                return out;
            }
            JsonNode response = operation.path("responses").path(String.valueOf(status));
            if (response.isMissingNode()) {
                response = operation.path("responses").path(status / 100 + "XX");
            }
            if (response.isMissingNode()) {
                response = operation.path("responses").path("default");
            }
            if (response.isMissingNode()) {
                out.add(op + ": the status is not documented");
                return out;
            }
            if (contentType == null || !contentType.contains("json") || body.length == 0) {
                return out;
            }
            JsonNode content = response.path("content");
            String type = contentType.split(";")[0].strip();
            JsonNode media = content.path(type);
            if (media.isMissingNode()) {
                out.add(op + ": " + type + " is not documented (the document says " + names(content) + ")");
                return out;
            }
            JsonNode schema = media.path("schema");
            if (schema.isMissingNode()) {
                return out;
            }
            JsonNode value;
            try {
                value = JSON.readTree(body);
            } catch (JacksonException e) {
                out.add(op + ": the body is not JSON");
                return out;
            }
            Set<String> problems = new LinkedHashSet<>();
            validate(value, schema, "$", problems, 0);
            problems.forEach(p -> out.add(op + ": " + p));
            return out;
        }

        private static String names(JsonNode content) {
            List<String> names = new ArrayList<>();
            names.addAll(content.propertyNames());
            return names.isEmpty() ? "no body" : String.join(", ", names);
        }

        private JsonNode resolve(JsonNode schema) {
            int guard = 0;
            while (schema.has("$ref") && guard++ < 20) {
                String ref = schema.get("$ref").asString();
                JsonNode target = api;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part);
                }
                schema = target;
            }
            return schema;
        }

        void validate(JsonNode value, JsonNode schema, String at, Set<String> problems, int depth) {
            if (depth > 40) {
                return;
            }
            schema = resolve(schema);
            for (String combinator : List.of("anyOf", "oneOf")) {
                if (schema.has(combinator)) {
                    boolean any = false;
                    for (JsonNode branch : schema.get(combinator)) {
                        Set<String> p = new LinkedHashSet<>();
                        validate(value, branch, at, p, depth + 1);
                        if (p.isEmpty()) {
                            any = true;
                            break;
                        }
                    }
                    if (!any) {
                        problems.add(at + ": " + kind(value) + " matches none of " + combinator);
                    }
                    return;
                }
            }
            if (schema.has("allOf")) {
                for (JsonNode branch : schema.get("allOf")) {
                    validate(value, branch, at, problems, depth + 1);
                }
            }
            Set<String> types = new LinkedHashSet<>();
            JsonNode type = schema.get("type");
            if (type != null && type.isArray()) {
                type.forEach(t -> types.add(t.asString()));
            } else if (type != null) {
                types.add(type.asString());
            }
            if (!types.isEmpty() && !types.contains(kind(value)) && !(types.contains("number") && value.isNumber())) {
                problems.add(at + ": " + kind(value) + " where the document says " + String.join(" or ", types));
                return;
            }
            if (value.isString() && schema.has("enum")) {
                boolean listed = false;
                for (JsonNode e : schema.get("enum")) {
                    listed |= e.asString().equals(value.asString());
                }
                if (!listed) {
                    problems.add(at + ": a value outside the documented enumeration");
                }
            }
            if (value.isObject()) {
                JsonNode properties = schema.path("properties");
                for (JsonNode r : schema.path("required")) {
                    if (!value.has(r.asString())) {
                        problems.add(at + "." + r.asString() + ": missing though required");
                    }
                }
                for (Map.Entry<String, JsonNode> f : value.properties()) {
                    JsonNode property = properties.path(f.getKey());
                    if (!property.isMissingNode()) {
                        validate(f.getValue(), property, at + "." + f.getKey(), problems, depth + 1);
                    } else if (schema.path("additionalProperties").isObject()) {
                        validate(f.getValue(), schema.get("additionalProperties"), at + ".*", problems, depth + 1);
                    } else if (properties.size() > 0) {
                        problems.add(at + "." + f.getKey() + ": not in the document");
                    }
                }
            } else if (value.isArray() && schema.has("items")) {
                for (JsonNode item : value) {
                    validate(item, schema.get("items"), at + "[]", problems, depth + 1);
                }
            }
        }

        private static String kind(JsonNode value) {
            if (value.isNull()) {
                return "null";
            }
            if (value.isIntegralNumber()) {
                return "integer";
            }
            if (value.isNumber()) {
                return "number";
            }
            if (value.isString()) {
                return "string";
            }
            if (value.isBoolean()) {
                return "boolean";
            }
            return value.isArray() ? "array" : "object";
        }
    }
}
