package se.lyssna.backend.results.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lyssna.backend.results.Aggregation;
import se.lyssna.backend.results.UnitNode;

/**
 * {@link ReaderModel#propagate()} takes shortcuts to be fast at national size: a queue of only the rows a narrowed
 * number sits in, and rows passed over in one pass when no term is wider than the row's slack. The audit is only
 * sound if the shortcuts reach the bounds of plain propagation: here the same rows are swept whole, every term of
 * every row, until nothing narrows, and every bound must be the same.
 */
class PropagationFixedPointTest {
    private static final int T = 5;

    @ParameterizedTest
    @ValueSource(longs = {5, 23})
    void reachesTheBoundsOfPlainSweeps(long seed) {
        Random random = new Random(seed);
        Map<String, Integer> issued = new HashMap<>();
        Aggregation aggregation = IncrementalPropagationTest.round(random, new ArrayList<UnitNode>(), issued);
        Map<Scope, Integer> codes = aggregation.codesByScope(issued);
        List<Relation> relations = aggregation.relations();
        Map<CellKey, Cell> cells = new DisclosureControl(T, aggregation.cells(codes, T)).protect(relations);
        ReaderModel.Structure structure = new ReaderModel.Structure(new Publication(T, cells, relations,
                aggregation.bounds(), codes, aggregation.binarySplits()));

        ReaderModel model = new ReaderModel(structure);
        long[] low = new long[structure.numbers];
        long[] high = new long[structure.numbers];
        for (int k = 0; k < structure.numbers; k++) {
            low[k] = model.low(k);
            high[k] = model.high(k);
        }
        assertThat(model.propagate()).isTrue();
        int narrowed = sweep(structure, low, high);

        assertThat(narrowed).as("bounds the sweeps narrowed").isGreaterThan(0);
        for (int k = 0; k < structure.numbers; k++) {
            assertThat(new long[] {model.low(k), model.high(k)})
                    .as("%s[%s]", structure.cells[structure.cellOfNumber(k)].key(), structure.optionOf(k))
                    .containsExactly(low[k], high[k]);
        }
    }

    /** Every row, every term, again and again until a whole sweep narrows nothing; returns the narrowings. */
    private static int sweep(ReaderModel.Structure s, long[] low, long[] high) {
        int narrowed = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < s.rowAtMost.length; r++) {
                long rowLow = s.rowAtMost[r] ? Long.MIN_VALUE : 0;
                for (int t = s.rowStart[r]; t < s.rowStart[r + 1]; t++) {
                    int k = s.rowNumber[t];
                    long a = s.rowCoef[t];
                    if (a == 0) {
                        continue;
                    }
                    // The rest of the row, without term t, at its least and most.
                    long restMin = 0;
                    long restMax = 0;
                    for (int u = s.rowStart[r]; u < s.rowStart[r + 1]; u++) {
                        if (u != t) {
                            long b = s.rowCoef[u];
                            int j = s.rowNumber[u];
                            restMin += b > 0 ? b * low[j] : b * high[j];
                            restMax += b > 0 ? b * high[j] : b * low[j];
                        }
                    }
                    // rowLow ≤ a·x + rest ≤ 0.
                    long lo = low[k];
                    long hi = high[k];
                    if (a > 0) {
                        hi = Math.min(hi, Math.floorDiv(-restMin, a));
                        if (rowLow != Long.MIN_VALUE) {
                            lo = Math.max(lo, -Math.floorDiv(restMax - rowLow, a));
                        }
                    } else {
                        lo = Math.max(lo, -Math.floorDiv(-restMin, -a));
                        if (rowLow != Long.MIN_VALUE) {
                            hi = Math.min(hi, Math.floorDiv(restMax - rowLow, -a));
                        }
                    }
                    if (lo != low[k] || hi != high[k]) {
                        low[k] = lo;
                        high[k] = hi;
                        narrowed++;
                        changed = true;
                    }
                }
            }
        }
        return narrowed;
    }
}
