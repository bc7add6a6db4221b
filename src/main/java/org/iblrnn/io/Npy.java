package org.iblrnn.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The .npy format (version 1.0 on write; 1.0, 2.0 and 3.0 on read), byte for byte as numpy writes it so that files
 * diff cleanly against numpy's and load with {@code np.load}: magic, version, header length, the header dict
 * {@code {'descr': ..., 'fortran_order': False, 'shape': (...), }} padded with spaces and a newline to a multiple of
 * 64 bytes, then the C-order little-endian data.
 */
public final class Npy {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    /** numpy leaves room for the first axis to grow to this many digits without rewriting the header. */
    private static final int GROWTH_AXIS_MAX_DIGITS = 21;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    private Npy() {
    }

    /** The Python repr of a shape tuple: (), (3,), (2, 3). */
    static String shapeRepr(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return sb.append(')').toString();
    }

    /** The complete version-1.0 header (magic through the terminating newline) for an array. */
    public static byte[] header(NpyDtype dtype, int[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(dtype.descr)
                .append("', 'fortran_order': False, 'shape': ").append(shapeRepr(shape)).append(", }");
        if (shape.length > 0) {
            dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Integer.toString(shape[0]).length()));
        }
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int pad = ALIGN - unpadded % ALIGN; // numpy pads a full 64 bytes when already aligned
        dict.append(" ".repeat(pad)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        if (text.length > 0xFFFF) {
            throw new IllegalArgumentException("npy header too long for format version 1.0");
        }
        ByteBuffer b = ByteBuffer.allocate(10 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
        return b.array();
    }

    /** The full .npy file content of an array. */
    public static byte[] encode(NpyArray a) {
        byte[] head = header(a.dtype(), a.shape());
        long total = head.length + (long) a.size() * a.dtype().itemSize;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("array " + a + " is too large for one .npy entry");
        }
        ByteBuffer b = ByteBuffer.allocate((int) total).order(ByteOrder.LITTLE_ENDIAN);
        b.put(head);
        switch (a.dtype()) {
            case FLOAT64 -> b.asDoubleBuffer().put((double[]) a.rawData());
            case INT64 -> b.asLongBuffer().put((long[]) a.rawData());
            case INT32 -> b.asIntBuffer().put((int[]) a.rawData());
            case BOOL -> {
                for (boolean v : (boolean[]) a.rawData()) {
                    b.put((byte) (v ? 1 : 0));
                }
            }
        }
        return b.array();
    }

    /** Decodes .npy content; {@code name} (file and entry) is used in error messages. */
    public static NpyArray decode(byte[] bytes, String name) {
        String corrupt = " (the file is damaged or not written by numpy; rewrite it)";
        if (bytes.length < 10 || !java.util.Arrays.equals(bytes, 0, 6, MAGIC, 0, 6)) {
            throw new InvalidInputException(name + " is not a .npy array: the magic string \\x93NUMPY is missing"
                    + corrupt);
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int major = bytes[6];
        long headerLen;
        int headerAt;
        if (major == 1) {
            headerLen = b.getShort(8) & 0xFFFF;
            headerAt = 10;
        } else if (major == 2 || major == 3) {
            if (bytes.length < 12) {
                throw new InvalidInputException(name + " is truncated in its header" + corrupt);
            }
            headerLen = b.getInt(8) & 0xFFFFFFFFL;
            headerAt = 12;
        } else {
            throw new InvalidInputException(name + " has .npy format version " + major + "." + bytes[7]
                    + ", which is not supported (save it with a numpy that writes version 1.0-3.0)");
        }
        if (headerAt + headerLen > bytes.length) {
            throw new InvalidInputException(name + " is truncated in its header" + corrupt);
        }
        String header = new String(bytes, headerAt, (int) headerLen,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(header);
        Matcher fortran = FORTRAN.matcher(header);
        Matcher shapeM = SHAPE.matcher(header);
        if (!descr.find() || !fortran.find() || !shapeM.find()) {
            throw new InvalidInputException(name + " has a malformed .npy header " + header.trim() + corrupt);
        }
        NpyDtype dtype = NpyDtype.fromDescr(descr.group(1));
        if (dtype == null) {
            throw new InvalidInputException(name + " has dtype '" + descr.group(1) + "', which is not supported"
                    + " (use float64 '<f8', int64 '<i8', int32 '<i4' or bool '|b1')");
        }
        if (fortran.group(1).equals("True")) {
            throw new InvalidInputException(name + " is stored in Fortran order, which is not supported"
                    + " (save np.ascontiguousarray(a) instead)");
        }
        String[] dims = shapeM.group(1).split(",");
        int rank = 0;
        int[] shape = new int[dims.length];
        long count = 1;
        for (String d : dims) {
            if (d.isBlank()) {
                continue;
            }
            try {
                shape[rank] = Integer.parseInt(d.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name + " has a malformed shape (" + shapeM.group(1) + ")" + corrupt);
            }
            if (shape[rank] < 0) {
                throw new InvalidInputException(name + " has a negative dimension in (" + shapeM.group(1) + ")" + corrupt);
            }
            count *= shape[rank++];
        }
        shape = java.util.Arrays.copyOf(shape, rank);
        int dataAt = headerAt + (int) headerLen;
        long expected = count * dtype.itemSize;
        if (bytes.length - dataAt != expected) {
            throw new InvalidInputException(name + " holds " + (bytes.length - dataAt) + " data bytes but shape "
                    + shapeRepr(shape) + " of " + dtype.descr + " needs " + expected + corrupt);
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, dataAt, (int) expected).slice().order(ByteOrder.LITTLE_ENDIAN);
        int n = (int) count;
        Object values = switch (dtype) {
            case FLOAT64 -> {
                double[] v = new double[n];
                data.asDoubleBuffer().get(v);
                yield v;
            }
            case INT64 -> {
                long[] v = new long[n];
                data.asLongBuffer().get(v);
                yield v;
            }
            case INT32 -> {
                int[] v = new int[n];
                data.asIntBuffer().get(v);
                yield v;
            }
            case BOOL -> {
                boolean[] v = new boolean[n];
                for (int i = 0; i < n; i++) {
                    v[i] = data.get(i) != 0;
                }
                yield v;
            }
        };
        return new NpyArray(dtype, shape, values);
    }
}
