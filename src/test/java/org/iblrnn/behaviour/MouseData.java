package org.iblrnn.behaviour;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IBL mouse data the tests run on, with the numbers expected from it. The full 54-mouse May 2020 set is used
 * when {@code IBL_RNN_MICE_DATA} names it or a {@code shared/data/ibl-mice-may2020} folder exists in the working
 * directory or a parent; otherwise the three-mouse subset shipped in {@code src/test/resources/ibl-mice-subset/}.
 * Either way every check runs: the expected numbers were computed independently of this code ({@code reference.py}
 * in the subset folder prints them for either set).
 *
 * @param directory the folder of mouse CSVs
 * @param full      whether it is the full 54-mouse set
 * @param expected  the independent reference numbers for that folder
 */
public record MouseData(Path directory, boolean full, Expected expected) {

    /** Environment variable naming a folder with the full May 2020 set. */
    public static final String ENV = "IBL_RNN_MICE_DATA";
    static final String SHARED = "shared/data/ibl-mice-may2020";
    static final String SUBSET = "/ibl-mice-subset";

    /**
     * Independent reference numbers over the analysed trials (biased blocks, with a response).
     *
     * @param mice         how many mice (non-endtrain files)
     * @param first        the first mouse in file-name order
     * @param last         the last one
     * @param trials       all rows of the non-endtrain files
     * @param accuracy     fraction correct
     * @param byContrast   rows {contrast, all, concordant, discordant} for every contrast level present
     * @param pRightLeft   P(right) at zero contrast in left blocks
     * @param pRightRight  P(right) at zero contrast in right blocks
     * @param tolerance    how exactly the numbers are known (3 rounded digits for the full set; to rounding error
     *                     for the subset, whose values are printed in full)
     */
    public record Expected(int mice, String first, String last, int trials, double accuracy, double[][] byContrast,
                           double pRightLeft, double pRightRight, double tolerance) {
    }

    /**
     * The full set: the independently computed numbers for the 54 mice, rounded to 3 digits (those at 4 % and 8 %
     * are reference.py's; the others were computed independently of it too, and agree).
     */
    public static final Expected FULL = new Expected(54, "CSHL_002", "ibl_witten_16", 1_287_439, 0.819, new double[][] {
        {0, 0.601, 0.669, 0.327},
        {0.04, 0.651, 0.718, 0.376},
        {0.0625, 0.754, 0.805, 0.552},
        {0.08, 0.765, 0.820, 0.540},
        {0.125, 0.847, 0.881, 0.709},
        {0.25, 0.901, 0.923, 0.813},
        {1, 0.944, 0.956, 0.897},
    }, 0.306, 0.646, 0.0005);

    /** The shipped subset: reference.py's output for it, in full. */
    public static final Expected SUBSET_EXPECTED = new Expected(3, "KS004", "ZM_1371", 18_673,
            0.8203230148048453, new double[][] {
                {0, 0.6072788827761321, 0.6736842105263158, 0.3347732181425486},
                {0.04, 0.6865443425076453, 0.7604562737642585, 0.3828125},
                {0.0625, 0.7735470941883767, 0.8181357649442755, 0.6046065259117083},
                {0.08, 0.8159509202453987, 0.8675623800383877, 0.6106870229007634},
                {0.125, 0.8523274478330658, 0.8790560471976401, 0.7336244541484717},
                {0.25, 0.900974025974026, 0.9227674979887369, 0.8097643097643098},
                {1, 0.9427016645326505, 0.9469548133595285, 0.924006908462867},
            }, 0.2957393483709273, 0.6389365351629502, 1e-12);

    /** A mouse present in both sets (it has the rare 4 % and 8 % contrasts). */
    public static final String MOUSE_IN_BOTH = "ZM_1371";

    /** The data to test on (never absent: the subset ships with the tests). */
    public static MouseData locate() {
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            Path dir = Path.of(env);
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException(ENV + "=" + env + " is not a directory (unset it to test on the "
                        + "shipped subset, or point it at the full May 2020 mouse CSVs)");
            }
            return new MouseData(dir, true, FULL);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve(SHARED);
            if (Files.isDirectory(candidate)) {
                return new MouseData(candidate, true, FULL);
            }
        }
        return new MouseData(subset(), false, SUBSET_EXPECTED);
    }

    /** The shipped subset's folder. */
    public static Path subset() {
        URL url = MouseData.class.getResource(SUBSET);
        if (url == null) {
            throw new IllegalStateException("test resource " + SUBSET + " is missing from the test classpath "
                    + "(expected src/test/resources" + SUBSET + ")");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot resolve " + url, e);
        }
    }

    @Override
    public String toString() {
        return (full ? "full 54-mouse set " : "shipped 3-mouse subset ") + directory;
    }
}
