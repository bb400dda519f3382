package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fi.turvaverkko.support.IntegrationTest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document says how to authenticate, what every error looks like, and what may be null. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode api;

    @BeforeAll
    void read() throws Exception {
        api = json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theThreeWaysToAuthenticateAreDeclaredAndOnlyPublicOperationsNeedNone() {
        JsonNode schemes = api.path("components").path("securitySchemes");
        assertThat(schemes.path("basic").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("token").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("session").path("in").asString()).isEqualTo("cookie");
        List<String> open = new ArrayList<>();
        forEachOperation((op, operation) -> {
            if (operation.path("security").isEmpty()) {
                open.add(op);
            } else {
                assertThat(operation.path("responses").has("401")).as(op).isTrue();
                assertThat(operation.path("responses").has("403")).as(op).isTrue();
            }
        });
        assertThat(open)
                .isNotEmpty()
                .allMatch(op -> op.contains(" /api/v1/public/")
                        || op.equals("POST /api/v1/registrations")
                        || op.contains(" /api/v1/registrations/confirm/"));
    }

    @Test
    void everyErrorIsAProblemDetailAndNoAnswerIsOfAnyMediaType() {
        JsonNode problem = api.path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").has("errors")).isTrue();
        List<String> anyType = new ArrayList<>();
        forEachOperation((op, operation) -> {
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("503")).as(op).isTrue();
            for (Map.Entry<String, JsonNode> r : responses.properties()) {
                if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                    assertThat(r.getValue()
                                    .path("content")
                                    .path("application/problem+json")
                                    .path("schema")
                                    .path("$ref")
                                    .asString())
                            .as(op + " " + r.getKey())
                            .isEqualTo("#/components/schemas/Problem");
                }
                if (r.getValue().path("content").has("*/*")) {
                    anyType.add(op + " " + r.getKey());
                }
            }
            if (op.contains("{")) {
                assertThat(responses.has("404")).as(op).isTrue();
            }
        });
        assertThat(anyType).isEmpty();
    }

    @Test
    void fieldsThatMayBeNullSayItAndTheOthersAreRequired() {
        // an action-list measure: its code is optional, its title and its lists are not
        JsonNode measure = api.path("components").path("schemas").path("MeasureView");
        assertThat(types(measure.path("properties").path("code"))).contains("string", "null");
        assertThat(types(measure.path("properties").path("themes"))).doesNotContain("null");
        Set<String> required = new HashSet<>();
        measure.path("required").forEach(r -> required.add(r.asString()));
        assertThat(required).contains("themes").doesNotContain("code");
    }

    /**
     * No two types of the API share a schema name: springdoc names a schema by the class's simple
     * name, so two records called {@code Row} became one component and one of them was described
     * wrongly. A type that would clash takes a name of its own with {@code @Schema(name = …)}.
     */
    @Test
    void noTwoTypesOfTheApiShareASchemaName() {
        Map<String, Set<String>> byName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        for (HandlerMethod h : mappings.getHandlerMethods().values()) {
            if (!h.getBeanType().getName().startsWith("fi.turvaverkko")) {
                continue;
            }
            Method m = h.getMethod();
            collect(m.getGenericReturnType(), seen, byName);
            for (var p : h.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    collect(p.getGenericParameterType(), seen, byName);
                }
            }
        }
        assertThat(byName.size()).isGreaterThan(20);
        assertThat(byName.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList())
                .isEmpty();
    }

    private static void collect(Type type, Set<Class<?>> seen, Map<String, Set<String>> byName) {
        if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), seen, byName);
            for (Type a : p.getActualTypeArguments()) {
                collect(a, seen, byName);
            }
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c)) {
            return;
        }
        if (c.isArray()) {
            collect(c.getComponentType(), seen, byName);
            return;
        }
        if (!c.getName().startsWith("fi.turvaverkko") || c.isEnum()) {
            return;
        }
        Schema schema = c.getAnnotation(Schema.class);
        String name = schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName();
        byName.computeIfAbsent(name, k -> new TreeSet<>()).add(c.getName());
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                collect(rc.getGenericType(), seen, byName);
            }
        }
    }

    private static Set<String> types(JsonNode property) {
        Set<String> types = new TreeSet<>();
        JsonNode type = property.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        } else if (!type.isMissingNode()) {
            types.add(type.asString());
        }
        property.path("anyOf").forEach(b -> types.addAll(types(b)));
        return types;
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> each) {
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                each.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }
    }
}
