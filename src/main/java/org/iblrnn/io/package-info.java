/** File formats: params.json, safetensors, TensorBoard event files, .npy/.npz, and atomic writes. */
package org.iblrnn.io;
