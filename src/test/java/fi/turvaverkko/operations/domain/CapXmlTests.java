package fi.turvaverkko.operations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.turvaverkko.shared.DomainException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The CAP 1.2 reader against the examples and rules of the standard's text (OASIS CAP 1.2, appendix A). */
class CapXmlTests {

    /** Appendix A.2 of the standard, a severe thunderstorm warning, as published there. */
    static final String THUNDERSTORM = """
            <?xml version = "1.0" encoding = "UTF-8"?>
            <alert xmlns = "urn:oasis:names:tc:emergency:cap:1.2">
              <identifier>KSTO1055887203</identifier>
              <sender>KSTO@NWS.NOAA.GOV</sender>
              <sent>2003-06-17T14:57:00-07:00</sent>
              <status>Actual</status>
              <msgType>Alert</msgType>
              <scope>Public</scope>
              <info>
                <category>Met</category>
                <event>SEVERE THUNDERSTORM</event>
                <responseType>Shelter</responseType>
                <urgency>Immediate</urgency>
                <severity>Severe</severity>
                <certainty>Observed</certainty>
                <eventCode><valueName>SAME</valueName><value>SVR</value></eventCode>
                <expires>2003-06-17T16:00:00-07:00</expires>
                <senderName>NATIONAL WEATHER SERVICE SACRAMENTO CA</senderName>
                <headline>SEVERE THUNDERSTORM WARNING</headline>
                <description> AT 254 PM PDT...NATIONAL WEATHER SERVICE DOPPLER RADAR INDICATED A SEVERE THUNDERSTORM.</description>
                <instruction>TAKE COVER IN A SUBSTANTIAL SHELTER UNTIL THE STORM PASSES.</instruction>
                <contact>BARUFFALDI/JUSKIE</contact>
                <area>
                  <areaDesc>EXTREME NORTH CENTRAL TUOLUMNE COUNTY IN CALIFORNIA</areaDesc>
                  <polygon>38.47,-120.14 38.34,-119.95 38.52,-119.74 38.62,-119.89 38.47,-120.14</polygon>
                  <geocode><valueName>SAME</valueName><value>006109</value></geocode>
                </area>
              </info>
            </alert>""";

    @Test
    void readsTheStandardsThunderstormExample() {
        CapAlert a = CapXml.parse(THUNDERSTORM.getBytes(StandardCharsets.UTF_8));
        assertThat(a.identifier()).isEqualTo("KSTO1055887203");
        assertThat(a.msgType()).isEqualTo("Alert");
        assertThat(a.infos()).hasSize(1);
        assertThat(a.infos().get(0).severity()).isEqualTo("Severe");
        assertThat(a.infos().get(0).areas().get(0).polygons().get(0)).hasSize(5);
        assertThat(CapService.kindOf(a.infos().get(0))).isEqualTo("STORM");
    }

    @Test
    void refusesWhatTheStandardForbids() {
        assertThatThrownBy(() -> parse(THUNDERSTORM.replace("<scope>Public</scope>", "<scope>Restricted</scope>")))
                .isInstanceOf(DomainException.class)
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).field())
                                .isEqualTo("restriction"));
        assertThatThrownBy(() -> parse(THUNDERSTORM.replace("<msgType>Alert</msgType>", "<msgType>Update</msgType>")))
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).field())
                                .isEqualTo("references"));
        assertThatThrownBy(() -> parse(THUNDERSTORM.replace("KSTO1055887203", "KSTO 1055887203")))
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).code())
                                .isEqualTo("restrictedChars"));
        assertThatThrownBy(() -> parse(THUNDERSTORM.replace("<category>Met</category>", "")))
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).field())
                                .isEqualTo("category"));
        assertThatThrownBy(() -> parse(THUNDERSTORM.replace("-120.14</polygon>", "-120.15</polygon>")))
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).field())
                                .isEqualTo("polygon"));
        assertThatThrownBy(() -> parse(
                        THUNDERSTORM.replace("<certainty>Observed</certainty>", "<certainty>Very Likely</certainty>")))
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).field())
                                .isEqualTo("certainty"));
        // an entity expansion bomb never expands: the DTD is refused first
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + THUNDERSTORM.substring(THUNDERSTORM.indexOf("<alert"));
        assertThatThrownBy(() -> parse(bomb))
                .satisfies(
                        e -> assertThat(((DomainException) e).problems().get(0).code())
                                .isEqualTo("dtd"));
    }

    @Test
    void findsMunicipalitiesInsideAPolygon() {
        var square = java.util.List.of(
                new double[] {66.0, 25.0},
                new double[] {66.0, 26.0},
                new double[] {67.0, 26.0},
                new double[] {67.0, 25.0},
                new double[] {66.0, 25.0});
        assertThat(CapService.inside(square, 66.5, 25.7)).isTrue();
        assertThat(CapService.inside(square, 67.5, 25.7)).isFalse();
        assertThat(CapService.km(66.5039, 25.7294, 67.4150, 26.5890)).isBetween(105.0, 110.0);
    }

    private static CapAlert parse(String xml) {
        return CapXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }
}
