package org.iblrnn.analysis.reduced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.analysis.fixedpoint.ConditionFixedPoints;
import org.iblrnn.analysis.fixedpoint.FixedPoint;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.vectorfield.IdealVectorField;
import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.junit.jupiter.api.Test;

class SmallModelTest {

    /** A bistable 2-unit network: W_hh = 2I, stimuli push unit 0, feedback pushes unit 1, readout on unit 0. */
    private static RecurrentNetwork bistable() {
        ModelConfig cfg = ModelConfig.defaults().withHiddenSize(2);
        ParameterLayout l = ParameterLayout.of(cfg);
        double[] p = new double[l.size()];
        p[l.weightHh()] = 2.0;
        p[l.weightHh() + 3] = 2.0;
        p[l.weightIh()] = -0.6;     // unit 0 <- left
        p[l.weightIh() + 1] = 0.6;  // unit 0 <- right
        p[l.weightIh() + 5] = 0.8;  // unit 1 <- feedback
        p[l.readoutWeight()] = -4;
        p[l.readoutWeight() + 2] = 4;
        return RecurrentNetwork.of(cfg, p);
    }

    private static SessionTable play(RecurrentNetwork net) {
        TaskConfig task = TaskConfig.defaults().withBlocksPerSession(10);
        return SessionRunner.run(task, SessionGenerator.generate(task, new SplittableRandom(5)), new RnnAgent(net),
                null, 0);
    }

    /** The positive root of x = tanh(2x). */
    private static double root() {
        double x = 1;
        for (int i = 0; i < 200; i++) {
            x = Math.tanh(2 * x);
        }
        return x;
    }

    @Test
    void findsTheKnownStableCornersWithoutInputAndUsesTheUnitsAsCoordinates() {
        RecurrentNetwork net = bistable();
        SessionTable s = play(net);
        SmallModel m = SmallModel.analyse("test", net, s, new SplittableRandom(1));

        double x = root();
        ConditionFixedPoints none = m.fixedPoints().of(InputCondition.NO_STIMULUS);
        assertThat(none.stableCount()).isGreaterThan(0);
        for (FixedPoint fp : none.fixedPoints()) {
            assertThat(fp.residual()).isLessThan(1e-10);
            assertThat(fp.pca()).containsExactly(fp.state()[0], fp.state()[1]); // identity projection
            if (fp.stable()) {
                assertThat(Math.abs(fp.state()[0])).isCloseTo(x, within(1e-8));
                assertThat(Math.abs(fp.state()[1])).isCloseTo(x, within(1e-8));
            }
        }
        // a strong right stimulus leaves only the corners with unit 0 positive stable
        for (FixedPoint fp : m.fixedPoints().of(InputCondition.RIGHT_STIMULUS).fixedPoints()) {
            if (fp.stable()) {
                assertThat(fp.state()[0]).isPositive();
            }
        }

        assertThat(m.fields()).hasSize(6);
        IdealVectorField f = m.field(InputCondition.LEFT_STIMULUS);
        double[] in = InputCondition.LEFT_STIMULUS.input();
        for (int i = 0; i < f.size(); i++) {
            double h0 = f.origins()[2 * i];
            double h1 = f.origins()[2 * i + 1];
            double f0 = Math.tanh(2 * h0 - 0.6 * in[0] + 0.6 * in[1]);
            double f1 = Math.tanh(2 * h1 + 0.8 * in[2]);
            assertThat(f.displacements()[2 * i]).isCloseTo(f0 - h0, within(1e-12));
            assertThat(f.displacements()[2 * i + 1]).isCloseTo(f1 - h1, within(1e-12));
            // the grid lies inside the visited ranges
            assertThat(h0).isBetween(m.space().xRange()[0], m.space().xRange()[1]);
            assertThat(h1).isBetween(m.space().yRange()[0], m.space().yRange()[1]);
        }
    }

    @Test
    void readoutsAreTheRightActionRowAndTheBlockClassifierLogOdds() {
        RecurrentNetwork net = bistable();
        SessionTable s = play(net);
        SmallModel m = SmallModel.analyse("test", net, s, new SplittableRandom(2));
        assertThat(m.trialReadout()).containsExactly(4.0, 0.0);
        double[] h = s.hiddenStates();
        double[] b = m.blockFit().coefficients();
        for (int i = 0; i < s.rows(); i += 97) {
            assertThat(m.magnAlongTrial()[i]).isEqualTo(4.0 * h[2 * i]);
            assertThat(m.magnAlongBlock()[i]).isCloseTo(b[0] * h[2 * i] + b[1] * h[2 * i + 1], within(1e-12));
        }
        assertThat(m.blockAccuracy()).isBetween(0.0, 1.0);
    }

    @Test
    void rejectsANetworkThatIsNotTwoUnits() {
        RecurrentNetwork big = RecurrentNetwork.initialise(ModelConfig.defaults().withHiddenSize(3),
                new SplittableRandom(1));
        assertThatThrownBy(() -> SmallModel.analyse("big", big, play(big), new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2-unit");
    }
}
