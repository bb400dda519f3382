package fi.turvaverkko.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A map drawn as SVG: the shapes and points projected into the picture, titled for screen readers. */
class SvgMapTests {

    static final String SQUARE =
            "{\"type\": \"Polygon\", \"coordinates\": [[[25, 66], [27, 66], [27, 67], [25, 67], [25, 66]]]}";

    @Test
    void aShapeAndAPointAreDrawnInsideThePicture() {
        String svg = new SvgMap()
                .shape(SQUARE, "context", "Testikunta")
                .marker(66.5, 26.0, "resource", "Paloauto <1>")
                .render(200, "Kartta & kohteet");
        assertThat(svg).isEqualTo(EXPECTED);
    }

    @Test
    void nothingToDrawIsNoPicture() {
        assertThat(new SvgMap()
                        .shape(null, "x", "y")
                        .marker(null, 1.0, "x", "y")
                        .render(200, "Kartta"))
                .isEmpty();
    }

    /** What the map wrote before its drawing was split into steps (2° × 1° at 66.5° N: 200 × 249). */
    static final String EXPECTED = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 200 249\""
            + " aria-label=\"Kartta &amp; kohteet\"><title>Kartta &amp; kohteet</title>"
            + "<path class=\"context\" d=\"M4.0 244.8L196.0 244.8L196.0 4.0L4.0 4.0L4.0 244.8Z\" fill-rule=\"evenodd\">"
            + "<title>Testikunta</title></path>"
            + "<circle class=\"resource\" cx=\"100.0\" cy=\"124.4\" r=\"4\"><title>Paloauto &lt;1&gt;</title></circle>"
            + "</svg>";
}
