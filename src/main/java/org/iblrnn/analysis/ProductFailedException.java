package org.iblrnn.analysis;

/** Raised when a product needed by a figure or metric failed earlier; names the product and the first cause. */
public final class ProductFailedException extends IllegalStateException {
    public ProductFailedException(String product, Throwable cause) {
        super("analysis product '" + product + "' failed: " + cause.getMessage(), cause);
    }
}
