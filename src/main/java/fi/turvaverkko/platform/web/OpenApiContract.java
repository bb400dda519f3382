package fi.turvaverkko.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document says beyond what springdoc reads from the controllers, for every
 * operation alike (docs/contract.md): how a client authenticates, the problem details every error
 * answers with, the statuses an operation can answer besides its success, and which fields may be
 * null.
 *
 * <ul>
 *   <li><b>Security</b>: HTTP Basic, a personal bearer token or the session cookie of a signed-in
 *       browser (whose writes carry the CSRF token); {@code /api/v1/public/**}, the self-registration
 *       and its confirmation need none.
 *   <li><b>Success</b>: a {@code POST} that creates answers 201 with {@code Location}, a {@code
 *       DELETE} 204.
 *   <li><b>Errors</b>: every operation answers 503 while the database is away and may answer 400;
 *       one that needs a user 401 and 403; one that needs a user or writes 429 (too many failed
 *       logins or registrations); one that names an item (in its path, by a required {@code …Id}
 *       parameter or in an uploaded form) 404; a write 409; one with a body 413 and 415 — each as {@code
 *       application/problem+json} with the schema {@code Problem}.
 *   <li><b>Null</b>: a field that can be null says so ({@code type: [string, "null"]}); one that
 *       cannot is {@code required}: a Java primitive, a collection, or a field with a Bean Validation
 *       {@code NotNull}/{@code NotBlank}/{@code NotEmpty}. (Answers carry every field, null or not:
 *       {@code default-property-inclusion=always}.)
 * </ul>
 *
 * <p>The tests hold the document to what the API answers: every JSON answer an API test receives
 * is checked against it (support/ApiContract).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiContract {

    static final String PROBLEM = "Problem";
    private static final String NON_NULL = "x-turvaverkko-non-null";
    private static final Set<String> PUBLIC_PREFIXES = Set.of("/api/v1/public/", "/api/v1/registrations/confirm/");

    /** Marks the fields that can never be null while their schemas are being built. */
    @Bean
    PropertyCustomizer nonNullFields() {
        return (property, type) -> {
            if (property == null) {
                return null;
            }
            Type t = type.getType();
            boolean primitive = t instanceof Class<?> c && c.isPrimitive()
                    || t instanceof com.fasterxml.jackson.databind.JavaType j && j.isPrimitive();
            boolean validated = type.getCtxAnnotations() != null
                    && java.util.Arrays.stream(type.getCtxAnnotations())
                            .map(a -> a.annotationType().getSimpleName())
                            .anyMatch(n -> n.equals("NotNull") || n.equals("NotBlank") || n.equals("NotEmpty"));
            boolean collection = property instanceof ArraySchema
                    || "array".equals(property.getType())
                    || property.getTypes() != null && property.getTypes().contains("array");
            if (primitive || validated || collection) {
                property.addExtension(NON_NULL, true);
            }
            return property;
        };
    }

    /**
     * A {@code POST} whose controller answers a {@code ResponseEntity} with a body creates an item
     * and answers 201 with its {@code Location} (docs/contract.md): springdoc cannot see that status
     * in the code, so it is documented here. The check of every API answer in the tests finds a
     * method that answers otherwise.
     */
    @Bean
    OperationCustomizer createdAnswers() {
        return (operation, handler) -> {
            boolean post = handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class);
            Type returned = handler.getMethod().getGenericReturnType();
            boolean entity = returned instanceof java.lang.reflect.ParameterizedType p
                    && p.getRawType() == org.springframework.http.ResponseEntity.class
                    && p.getActualTypeArguments()[0] != Void.class;
            // what a method documents itself (an import answers 200, a registration 202) stands
            boolean documented = handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                    || handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponses.class);
            ApiResponses responses = operation.getResponses();
            if (post && entity && !documented && responses != null && responses.containsKey("200")) {
                ApiResponse ok = responses.remove("200");
                ok.setDescription("Created: the Location header names the new item.");
                ok.addHeaderObject(
                        "Location",
                        new io.swagger.v3.oas.models.headers.Header()
                                .description("The address of the new item.")
                                .schema(new StringSchema()));
                responses.addApiResponse("201", ok);
            }
            return operation;
        };
    }

    @Bean
    GlobalOpenApiCustomizer contract() {
        return this::customise;
    }

    void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSecuritySchemes(
                "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
        components.addSecuritySchemes(
                "token",
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal API token (tvk_…), made on the account page."));
        components.addSecuritySchemes(
                "session",
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.COOKIE)
                        .name("JSESSIONID")
                        .description("A signed-in browser's session; its writes carry the X-CSRF-TOKEN header."));
        components.addSchemas(PROBLEM, problemSchema());
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(OpenApiContract::nullability);
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> errors(path, method, operation)));
    }

    private void errors(String path, PathItem.HttpMethod method, Operation operation) {
        boolean open = isPublic(path, method);
        operation.setSecurity(
                open
                        ? List.of()
                        : List.of(
                                new SecurityRequirement().addList("basic"),
                                new SecurityRequirement().addList("token"),
                                new SecurityRequirement().addList("session")));
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean body = operation.getRequestBody() != null;
        if (method == PathItem.HttpMethod.DELETE && responses.containsKey("200")) {
            ApiResponse ok = responses.get("200");
            if (ok.getContent() == null || ok.getContent().isEmpty()) {
                responses.remove("200");
                responses.addApiResponse("204", ok.description("Deleted."));
            }
        }
        problem(responses, "400", "The request is not valid: each refused field or row is named.");
        if (!open) {
            problem(responses, "401", "No valid credentials.");
            problem(responses, "403", "The user may not do this.");
        }
        if (!open || write) {
            problem(responses, "429", "Too many attempts: wait as Retry-After says.");
        }
        boolean names = path.contains("{")
                || operation.getParameters() != null
                        && operation.getParameters().stream()
                                .anyMatch(p -> Boolean.TRUE.equals(p.getRequired())
                                        && p.getName().endsWith("Id"))
                || body
                        && operation.getRequestBody().getContent() != null
                        && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        if (names) {
            problem(responses, "404", "No such item, or one the user may not read.");
        }
        if (write) {
            problem(
                    responses,
                    "409",
                    "The item changed meanwhile (its current state in `current`) or its state does not allow this.");
        }
        if (body) {
            problem(responses, "413", "The body is larger than the limit.");
            problem(responses, "415", "The body's media type is not accepted.");
        }
        problem(responses, "503", "The database is not available: try again as Retry-After says.");
        // springdoc writes */* for an answer whose controller names no media type: it is JSON
        responses.values().forEach(r -> {
            Content c = r.getContent();
            if (c != null && c.containsKey("*/*")) {
                MediaType m = c.remove("*/*");
                c.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, m);
            }
        });
    }

    private static boolean isPublic(String path, PathItem.HttpMethod method) {
        return PUBLIC_PREFIXES.stream().anyMatch(path::startsWith)
                || method == PathItem.HttpMethod.POST && path.equals("/api/v1/registrations");
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) {
            return;
        }
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(description)
                        .content(new Content()
                                .addMediaType(
                                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** RFC 9457 problem details as the API answers them (platform.ApiProblem). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The refused field (JSON name)."))
                .addProperty("row", new IntegerSchema().description("The refused row of an imported file."))
                .addProperty("column", new StringSchema().description("The refused column of an imported file."))
                .addProperty("code", new StringSchema().description("The message key of the problem."))
                .addProperty("message", new StringSchema().description("The problem in the caller's language."));
        error.setRequired(List.of("message"));
        Schema problem = new ObjectSchema()
                .description("An error answer (RFC 9457 problem details), in the caller's language.")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error))
                .addProperty(
                        "current",
                        new ObjectSchema()
                                .description("The item as it is now, when a stale version was refused (409)."));
        problem.setRequired(List.of("title", "status"));
        return problem;
    }

    /**
     * The fields that can be null say so, the others are required. OpenAPI 3.1 writes a
     * nullable field as a type list with {@code "null"}, or a reference as {@code anyOf} with it.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static void nullability(Schema<?> schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.isEmpty()) {
            return;
        }
        Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        Map<String, Schema> replaced = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            boolean nonNull = required.contains(name)
                    || property.getExtensions() != null
                            && property.getExtensions().containsKey(NON_NULL);
            if (property.getExtensions() != null) {
                property.getExtensions().remove(NON_NULL);
                if (property.getExtensions().isEmpty()) {
                    property.setExtensions(null);
                }
            }
            if (nonNull) {
                required.add(name);
                return;
            }
            if (property.get$ref() != null) {
                Schema nullable = new Schema<>();
                nullable.setAnyOf(new ArrayList<>(
                        List.of(new Schema<>().$ref(property.get$ref()), new Schema<>().types(Set.of("null")))));
                nullable.setDescription(property.getDescription());
                replaced.put(name, nullable);
            } else if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                Set<String> types = new LinkedHashSet<>(property.getTypes());
                types.add("null");
                property.setTypes(types);
            } else if (property.getType() != null) {
                Set<String> types = new LinkedHashSet<>(List.of(property.getType(), "null"));
                property.setTypes(types);
            }
        });
        properties.putAll(replaced);
        schema.setRequired(new ArrayList<>(required));
    }
}
