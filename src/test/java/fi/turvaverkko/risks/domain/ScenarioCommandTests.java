package fi.turvaverkko.risks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.risks.RiskScenarioView;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A scenario's command holds what a person writes of it, and nothing the system derives. */
class ScenarioCommandTests {

    static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }

    @Test
    void theCommandIsTheViewWithoutItsIdItsScoresItsNamesAndItsVersion() {
        Set<String> view = names(RiskScenarioView.class);
        Set<String> command = names(ScenarioCommand.class);
        assertThat(view).containsAll(command);
        assertThat(command).doesNotContain("id", "version", "meanImpact", "score", "residualScore");
        // every field of the view the command leaves out is one the API marks read-only or derives
        Set<String> leftOut = view.stream().filter(n -> !command.contains(n)).collect(Collectors.toSet());
        assertThat(leftOut).contains("id", "version", "meanImpact", "score", "residualScore");
        assertThat(leftOut).doesNotContain("title", "likelihood", "impacts", "restricted", "areaCodes");
    }
}
