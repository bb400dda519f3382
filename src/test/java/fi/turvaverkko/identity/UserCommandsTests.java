package fi.turvaverkko.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.identity.domain.CreateUser;
import fi.turvaverkko.identity.domain.UpdateUser;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The admin's commands carry only what may be written, and their own rules of form. */
class UserCommandsTests {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static <T> Set<String> refused(T command) {
        Set<String> fields = new TreeSet<>();
        for (ConstraintViolation<T> v : VALIDATOR.validate(command)) {
            fields.add(v.getPropertyPath() + " "
                    + v.getConstraintDescriptor()
                            .getAnnotation()
                            .annotationType()
                            .getSimpleName());
        }
        return fields;
    }

    @Test
    void aNewUserNeedsAUsernameOfSmallLettersDigitsAndDotsAndAName() {
        assertThat(refused(new CreateUser(
                        "kemi.turva-1", "Kemin turva", "turva@kemi.example", List.of(), null, null, "x")))
                .isEmpty();
        assertThat(refused(new CreateUser("Väärä Tunnus", " ", "ei-osoite", List.of(), null, null, "x")))
                .containsExactly("displayName NotBlank", "email Email", "username Pattern");
        assertThat(refused(new CreateUser("a", "Nimi", null, null, null, null, null)))
                .containsExactly("username Pattern");
    }

    @Test
    void theEmptyFormIsAnActiveMemberActingForNoOne() {
        CreateUser blank = CreateUser.blank();
        assertThat(blank.roles()).containsExactly("MEMBER");
        assertThat(blank.status()).isEqualTo("ACTIVE");
        assertThat(blank.actorIds()).isEmpty();
    }

    @Test
    void aChangeStartsFromTheUserAsItIsWithoutItsPasswordAndKeepsTheVersionSeen() {
        UserView u = new UserView(
                "7",
                "kemi.turva",
                "Kemin turva",
                "turva@kemi.example",
                List.of("COORDINATOR"),
                "ACTIVE",
                List.of("12"),
                "fi",
                OffsetDateTime.now(),
                4);
        UpdateUser change = UpdateUser.of(u);
        assertThat(change)
                .isEqualTo(new UpdateUser(
                        "Kemin turva", "turva@kemi.example", List.of("COORDINATOR"), "ACTIVE", List.of("12"), "", 4L));
        assertThat(refused(change)).isEmpty();
        assertThat(refused(new UpdateUser("", "x".repeat(201), null, null, null, null, 4L)))
                .containsExactly("displayName NotBlank", "email Email", "email Size");
    }
}
