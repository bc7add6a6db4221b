package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The KDE is Scott's Gaussian estimate: it integrates to one and equals the full kernel sum. */
class KdeTest {

    @Test
    void integratesToOneAndMatchesTheUntruncatedSum() {
        SplittableRandom rng = new SplittableRandom(4);
        double[] v = new double[500];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 3 == 0 ? 4 + rng.nextGaussian() : rng.nextGaussian();
        }
        Kde k = Kde.of(v, 400);
        double dx = k.x()[1] - k.x()[0];
        double area = 0;
        for (double d : k.density()) {
            area += d * dx;
        }
        // the grid stops 3 bandwidths past the data, which leaves out about 0.13 % of every edge kernel
        assertThat(area).isCloseTo(1.0, within(0.01));
        double sd = 0;
        double mean = 0;
        for (double a : v) {
            mean += a / v.length;
        }
        for (double a : v) {
            sd += (a - mean) * (a - mean) / (v.length - 1);
        }
        double bw = Math.pow(v.length, -0.2) * Math.sqrt(sd);
        for (int i = 0; i < k.x().length; i += 37) {
            double s = 0;
            for (double a : v) {
                double z = (k.x()[i] - a) / bw;
                s += Math.exp(-0.5 * z * z);
            }
            assertThat(k.density()[i]).isCloseTo(s / (v.length * bw * Math.sqrt(2 * Math.PI)), within(1e-12));
        }
    }

    @Test
    void degenerateSamplesHaveNoEstimate() {
        assertThat(Kde.of(new double[] {1}, 10)).isNull();
        assertThat(Kde.of(new double[] {2, 2, 2}, 10)).isNull();
        assertThat(Kde.of(new double[] {Double.NaN, 1}, 10)).isNull();
    }
}
