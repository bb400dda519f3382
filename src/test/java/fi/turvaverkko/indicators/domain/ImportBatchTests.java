package fi.turvaverkko.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.turvaverkko.indicators.domain.IndicatorValueRepository.Chunk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checked rows of an indicator import: one row per indicator, area and year, written in chunks. */
class ImportBatchTests {

    @Test
    void aSecondRowForTheSameIndicatorAreaAndYearNamesTheFirst() {
        ImportBatch batch = new ImportBatch(4);
        assertThat(batch.firstRowOf(1, 10, 2024, 2)).isNull();
        assertThat(batch.firstRowOf(1, 10, 2023, 3)).isNull();
        assertThat(batch.firstRowOf(2, 10, 2024, 4)).isNull();
        assertThat(batch.firstRowOf(1, 10, 2024, 5)).isEqualTo(2);
        assertThat(batch.firstRowOf(1, 10, 2024, 6)).isEqualTo(2);
    }

    @Test
    void theRowsAreWrittenInChunksInTheOrderTheyCame() {
        ImportBatch batch = new ImportBatch(5);
        for (int i = 0; i < 5; i++) {
            batch.add(i + 2, 1 + i % 2, 10, 2020 + i, i + ".5");
        }
        List<Chunk> chunks = batch.chunks(2);
        assertThat(chunks).extracting(Chunk::size).containsExactly(2, 2, 1);
        assertThat(chunks.get(1).rows()).containsExactly(4, 5);
        assertThat(chunks.get(2).years()).containsExactly(2024);
        assertThat(chunks.get(2).values()).containsExactly("4.5");
        assertThat(batch.indicators()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(batch.size()).isEqualTo(5);
    }

    @Test
    void anEmptyBatchHasNoChunks() {
        assertThat(new ImportBatch(0).chunks(50_000)).isEmpty();
    }
}
