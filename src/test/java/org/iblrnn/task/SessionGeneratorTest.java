package org.iblrnn.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statistical checks of generated sessions; tolerances are 5 standard errors of the sample at hand. */
class SessionGeneratorTest {

    private static final double Z = 5;
    /** Left blocks: 70 % left trials; right blocks: 90 % right trials (asymmetric to catch swapped rows/columns). */
    private static final TaskConfig ASYMMETRIC = new TaskConfig(6, 0.0, 2.5, new double[][]{{0.7, 0.3}, {0.1, 0.9}},
            0.02, 1000, 20, 100, 10, 2, -0.05);
    private static GeneratedSession longSession;

    @BeforeAll
    static void generateLongSession() {
        longSession = SessionGenerator.generate(TaskConfig.defaults().withBlocksPerSession(1000), new SplittableRandom(7));
    }

    @Test
    void blockLengthsFollowTheTruncatedGeometric() {
        TaskConfig cfg = TaskConfig.defaults().withBlocksPerSession(1000);
        double p = cfg.trialsPerBlockParam();
        double q = 1 - p;
        int min = cfg.minTrialsPerBlock();
        int max = cfg.maxTrialsPerBlock();
        double mass = 0;
        double m1 = 0;
        double m2 = 0;
        double massUpTo30 = 0;
        for (int k = min; k <= max; k++) {
            double pk = p * Math.pow(q, k - 1);
            mass += pk;
            m1 += k * pk;
            m2 += (double) k * k * pk;
            if (k <= 30) {
                massUpTo30 += pk;
            }
        }
        double mean = m1 / mass;
        double var = m2 / mass - mean * mean;
        double pUpTo30 = massUpTo30 / mass;

        int n = 0;
        double sum = 0;
        int upTo30 = 0;
        for (int s = 0; s < 10; s++) {
            GeneratedSession g = SessionGenerator.generate(cfg, new SplittableRandom(100 + s));
            for (int len : g.blockLengths()) {
                assertThat(len).isBetween(min, max);
                sum += len;
                upTo30 += len <= 30 ? 1 : 0;
                n++;
            }
        }
        assertThat(mean).isCloseTo(49.4, within(0.1)); // geometric(1/50) resampled into [20, 100]: ≈ 49.4
        assertThat(sum / n).isCloseTo(mean, within(Z * Math.sqrt(var / n)));
        assertThat((double) upTo30 / n).isCloseTo(pUpTo30, within(Z * Math.sqrt(pUpTo30 * (1 - pUpTo30) / n)));
    }

    @Test
    void blockLengthBoundsAreRespectedForANarrowRange() {
        TaskConfig cfg = new TaskConfig(6, 0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.3, 500, 3, 4, 10, 2, -0.05);
        GeneratedSession g = SessionGenerator.generate(cfg, new SplittableRandom(3));
        int threes = 0;
        for (int len : g.blockLengths()) {
            assertThat(len).isBetween(3, 4);
            threes += len == 3 ? 1 : 0;
        }
        double p3 = 1 / (1 + 0.7); // P(3) : P(4) = 1 : q
        assertThat(threes / 500.0).isCloseTo(p3, within(Z * Math.sqrt(p3 * (1 - p3) / 500)));
    }

    @Test
    void blockSidesAlternateAndTheFirstIsFair() {
        TaskConfig cfg = TaskConfig.defaults();
        int n = 4000;
        int firstLeft = 0;
        for (int i = 0; i < n; i++) {
            GeneratedSession g = SessionGenerator.generate(cfg, Seeds.forSession(11, i, 0));
            int[] sides = g.blockSides();
            assertThat(sides).hasSize(cfg.blocksPerSession());
            for (int b = 1; b < sides.length; b++) {
                assertThat(sides[b]).isEqualTo(-sides[b - 1]);
            }
            assertThat(sides[0]).isIn(-1, 1);
            firstLeft += sides[0] < 0 ? 1 : 0;
        }
        assertThat((double) firstLeft / n).isCloseTo(0.5, within(Z * Math.sqrt(0.25 / n)));
    }

    @Test
    void trialSideMatchesBlockSideWithProbabilityPoint8() {
        int n = longSession.numTrials();
        int concordant = 0;
        for (int t = 0; t < n; t++) {
            concordant += longSession.trialSide(t) == longSession.blockSide(longSession.trialBlock(t)) ? 1 : 0;
        }
        assertThat(n).isGreaterThan(40_000);
        assertThat((double) concordant / n).isCloseTo(0.8, within(Z * Math.sqrt(0.16 / n)));
    }

    @Test
    void blockSideProbsAreIndexedLeftBlockFirstLeftSideFirst() {
        GeneratedSession g = SessionGenerator.generate(ASYMMETRIC, new SplittableRandom(5));
        int leftTrials = 0;
        int leftInLeft = 0;
        int rightTrials = 0;
        int rightInRight = 0;
        for (int t = 0; t < g.numTrials(); t++) {
            if (g.blockSide(g.trialBlock(t)) < 0) {
                leftTrials++;
                leftInLeft += g.trialSide(t) < 0 ? 1 : 0;
            } else {
                rightTrials++;
                rightInRight += g.trialSide(t) > 0 ? 1 : 0;
            }
        }
        assertThat((double) leftInLeft / leftTrials).isCloseTo(0.7, within(Z * Math.sqrt(0.21 / leftTrials)));
        assertThat((double) rightInRight / rightTrials).isCloseTo(0.9, within(Z * Math.sqrt(0.09 / rightTrials)));
    }

    @Test
    void strengthsAreUniformOverTheLinspace() {
        double[] strengths = TaskConfig.defaults().strengths();
        assertThat(strengths).containsExactly(0, 0.5, 1, 1.5, 2, 2.5);
        int n = longSession.numTrials();
        int[] counts = new int[strengths.length];
        for (int t = 0; t < n; t++) {
            int k = java.util.Arrays.binarySearch(strengths, longSession.trialStrength(t));
            assertThat(k).as("strength %s of trial %d", longSession.trialStrength(t), t).isNotNegative();
            counts[k]++;
        }
        double p = 1.0 / strengths.length;
        for (int count : counts) {
            assertThat((double) count / n).isCloseTo(p, within(Z * Math.sqrt(p * (1 - p) / n)));
        }
    }

    @Test
    void observationsAreUnitGaussiansWithTheStrengthOnTheTrialSide() {
        GeneratedSession g = longSession;
        double[] strengths = TaskConfig.defaults().strengths();
        double[] signalSum = new double[strengths.length];
        int[] signalCount = new int[strengths.length];
        double noiseSum = 0;
        double noiseSq = 0;
        double centredSignalSum = 0;
        double centredSignalSq = 0;
        double cross = 0;
        double lagged = 0;
        int n = 0;
        int lagN = 0;
        for (int t = 0; t < g.numTrials(); t++) {
            int k = java.util.Arrays.binarySearch(strengths, g.trialStrength(t));
            double previousNoise = Double.NaN;
            for (int s = g.blankSteps(); s < g.stepsPerTrial(); s++) {
                double signal = g.trialSide(t) < 0 ? g.left(t, s) : g.right(t, s);
                double noise = g.trialSide(t) < 0 ? g.right(t, s) : g.left(t, s);
                double centred = signal - g.trialStrength(t);
                signalSum[k] += signal;
                signalCount[k]++;
                noiseSum += noise;
                noiseSq += noise * noise;
                centredSignalSum += centred;
                centredSignalSq += centred * centred;
                cross += centred * noise;
                if (!Double.isNaN(previousNoise)) {
                    lagged += noise * previousNoise;
                    lagN++;
                }
                previousNoise = noise;
                n++;
            }
        }
        double se = 1 / Math.sqrt(n);
        double seVar = Math.sqrt(2.0 / n);
        assertThat(noiseSum / n).isCloseTo(0, within(Z * se));
        assertThat(noiseSq / n).isCloseTo(1, within(Z * seVar));
        assertThat(centredSignalSum / n).isCloseTo(0, within(Z * se));
        assertThat(centredSignalSq / n).isCloseTo(1, within(Z * seVar));
        assertThat(cross / n).as("left/right independence").isCloseTo(0, within(Z * se));
        assertThat(lagged / lagN).as("independence across steps").isCloseTo(0, within(Z / Math.sqrt(lagN)));
        for (int k = 0; k < strengths.length; k++) {
            assertThat(signalSum[k] / signalCount[k]).as("mean signal at strength %s", strengths[k])
                    .isCloseTo(strengths[k], within(Z / Math.sqrt(signalCount[k])));
        }
    }

    @Test
    void blankStepsFollowTheParameterAndAreExactlyZero() {
        TaskConfig cfg = new TaskConfig(6, 0, 2.5, new double[][]{{0.8, 0.2}, {0.2, 0.8}}, 0.02, 4, 20, 100, 7, 3, -0.05);
        GeneratedSession g = SessionGenerator.generate(cfg, new SplittableRandom(9));
        assertThat(g.stepsPerTrial()).isEqualTo(10);
        assertThat(g.blankSteps()).isEqualTo(3);
        for (int t = 0; t < g.numTrials(); t++) {
            for (int s = 0; s < 3; s++) {
                assertThat(g.left(t, s)).isEqualTo(0.0);
                assertThat(g.right(t, s)).isEqualTo(0.0);
            }
            for (int s = 3; s < 10; s++) {
                assertThat(g.left(t, s) != 0.0 && g.right(t, s) != 0.0).as("trial %d step %d observed", t, s).isTrue();
            }
        }
    }

    @Test
    void trialAndBlockIndicesAreConsistent() {
        GeneratedSession g = SessionGenerator.generate(TaskConfig.defaults(), new SplittableRandom(2));
        int t = 0;
        for (int b = 0; b < g.numBlocks(); b++) {
            assertThat(g.blockFirstTrial(b)).isEqualTo(t);
            for (int k = 0; k < g.blockLength(b); k++, t++) {
                assertThat(g.trialBlock(t)).isEqualTo(b);
                assertThat(g.trialWithinBlock(t)).isEqualTo(k);
            }
        }
        assertThat(g.numTrials()).isEqualTo(t);
        assertThat(g.observations()).hasDimensions(t, 12);
    }

    @Test
    void explicitSessionsAreCheckedAndCopied() {
        double[][][] obs = {{{0, 0}, {0, 0}, {0.3, 1.2}}};
        int[] sides = {1};
        GeneratedSession g = GeneratedSession.of(new int[]{1}, new int[]{1}, sides, new double[]{1.0}, obs, 2);
        sides[0] = -1;
        obs[0][2][0] = 9;
        assertThat(g.trialSide(0)).isEqualTo(1);
        assertThat(g.left(0, 2)).isEqualTo(0.3);
        assertThat(g.right(0, 2)).isEqualTo(1.2);
        assertThatThrownBy(() -> GeneratedSession.of(new int[]{1}, new int[]{1}, new int[]{1}, new double[]{1},
                new double[][][]{{{0, 0}, {0.1, 0}, {0.3, 1.2}}}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observations[0][1]");
        assertThatThrownBy(() -> GeneratedSession.of(new int[]{0}, new int[]{1}, new int[]{1}, new double[]{1}, obs, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blockSides[0] = 0");
    }

    @Test
    void invalidConfigurationsNameTheKey() {
        double[][] probs = {{0.8, 0.2}, {0.2, 0.8}};
        SplittableRandom rng = new SplittableRandom(1);
        assertThatThrownBy(() -> SessionGenerator.generate(
                new TaskConfig(6, 0, 2.5, probs, 0.0, 4, 20, 100, 10, 2, -0.05), rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trials_per_block_param = 0.0");
        assertThatThrownBy(() -> SessionGenerator.generate(
                new TaskConfig(6, 0, 2.5, probs, 0.02, 4, 50, 40, 10, 2, -0.05), rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_trials_per_block = 40");
        assertThatThrownBy(() -> SessionGenerator.generate(
                new TaskConfig(6, 0, 2.5, probs, 0.9, 4, 50, 100, 10, 2, -0.05), rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too small");
        assertThatThrownBy(() -> SessionGenerator.generate(
                new TaskConfig(6, 0, 2.5, new double[][]{{0.8, 0.3}, {0.2, 0.8}}, 0.02, 4, 20, 100, 10, 2, -0.05), rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("block_side_probs[0]");
        assertThatThrownBy(() -> SessionGenerator.generate(
                new TaskConfig(6, 0, 2.5, probs, 0.02, 4, 20, 100, 0, 2, -0.05), rng))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_obs_per_trial = 0");
    }
}
