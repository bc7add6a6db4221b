package org.iblrnn.analysis;

/**
 * One analysis product (a PCA, a readout vector, an actor's session, fixed points, ...), computed on demand from
 * an {@link AnalysisContext} and memoised there. Implementations are stateless singletons (usually an enum
 * constant or a {@code static final} instance), so the instance itself is the memo key.
 *
 * @param <T> the product's type (immutable)
 */
public interface Product<T> {

    /** A stable name for logs, timings and failure reports, e.g. "pca". */
    String name();

    /** Computes the product; may ask the context for other products. */
    T compute(AnalysisContext context);

    /** A product from a name and a function (for the common case). */
    static <T> Product<T> of(String name, java.util.function.Function<AnalysisContext, T> f) {
        return new Product<>() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public T compute(AnalysisContext context) {
                return f.apply(context);
            }

            @Override
            public String toString() {
                return "Product[" + name + "]";
            }
        };
    }
}
