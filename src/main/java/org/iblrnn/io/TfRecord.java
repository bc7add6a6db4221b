package org.iblrnn.io;

import java.util.zip.CRC32C;

/**
 * TFRecord framing, the container of TensorBoard event files: each record is its length (uint64 LE), the masked
 * CRC-32C of those 8 bytes, the data, and the masked CRC-32C of the data. The mask exists because TensorFlow stores
 * CRCs inside CRC-protected data; we reproduce it so TensorBoard accepts our files.
 */
public final class TfRecord {

    private static final int MASK_DELTA = 0xa282ead8;

    private TfRecord() {
    }

    public static int crc32c(byte[] data, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(data, offset, length);
        return (int) crc.getValue();
    }

    /** TensorFlow's masked CRC: rotate right by 15 bits and add a constant. */
    public static int mask(int crc) {
        return ((crc >>> 15) | (crc << 17)) + MASK_DELTA;
    }

    public static int maskedCrc32c(byte[] data, int offset, int length) {
        return mask(crc32c(data, offset, length));
    }

    /** The complete framed record for {@code data}. */
    public static byte[] frame(byte[] data) {
        byte[] out = new byte[8 + 4 + data.length + 4];
        putLong(out, 0, data.length);
        putInt(out, 8, maskedCrc32c(out, 0, 8));
        System.arraycopy(data, 0, out, 12, data.length);
        putInt(out, 12 + data.length, maskedCrc32c(data, 0, data.length));
        return out;
    }

    static void putLong(byte[] b, int at, long v) {
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static void putInt(byte[] b, int at, int v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    static long getLong(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v |= (long) (b[at + i] & 0xFF) << (8 * i);
        }
        return v;
    }

    static int getInt(byte[] b, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v |= (b[at + i] & 0xFF) << (8 * i);
        }
        return v;
    }
}
