/** {@code torch.optim}-exact optimizers (SGD, Adam, RMSprop) over one flat parameter array, with resumable state. */
package org.iblrnn.optim;
