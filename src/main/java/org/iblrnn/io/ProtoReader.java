package org.iblrnn.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Sequential decoder for the protocol-buffer messages of TensorBoard event files; unknown fields are skipped by wire
 * type, as protobuf requires. Malformed input raises {@link IllegalArgumentException} with a short reason that the
 * caller prefixes with the file and record.
 */
final class ProtoReader {

    private final byte[] buf;
    private int pos;
    private final int end;
    private int field;
    private int wireType;

    ProtoReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    private ProtoReader(byte[] buf, int from, int to) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
    }

    /** Advances to the next field; false at the end of the message. */
    boolean next() {
        if (pos >= end) {
            return false;
        }
        long key = varint();
        field = (int) (key >>> 3);
        wireType = (int) (key & 7);
        if (field == 0) {
            throw new IllegalArgumentException("invalid protobuf field number 0");
        }
        return true;
    }

    int field() {
        return field;
    }

    int wireType() {
        return wireType;
    }

    long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw new IllegalArgumentException("protobuf varint runs past the end of the message");
            }
            int b = buf[pos++] & 0xFF;
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IllegalArgumentException("protobuf varint longer than 10 bytes");
    }

    double fixed64() {
        expect(ProtoWriter.FIXED64);
        require(8);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits |= (long) (buf[pos++] & 0xFF) << (8 * i);
        }
        return Double.longBitsToDouble(bits);
    }

    float fixed32() {
        expect(ProtoWriter.FIXED32);
        require(4);
        int bits = 0;
        for (int i = 0; i < 4; i++) {
            bits |= (buf[pos++] & 0xFF) << (8 * i);
        }
        return Float.intBitsToFloat(bits);
    }

    long varintField() {
        expect(ProtoWriter.VARINT);
        return varint();
    }

    byte[] bytes() {
        expect(ProtoWriter.LENGTH_DELIMITED);
        long len = varint();
        if (len < 0 || len > end - pos) {
            throw new IllegalArgumentException("protobuf length " + len + " runs past the end of the message");
        }
        byte[] b = Arrays.copyOfRange(buf, pos, pos + (int) len);
        pos += (int) len;
        return b;
    }

    String string() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    ProtoReader message() {
        return new ProtoReader(bytes());
    }

    void skip() {
        switch (wireType) {
            case ProtoWriter.VARINT -> varint();
            case ProtoWriter.FIXED64 -> {
                require(8);
                pos += 8;
            }
            case ProtoWriter.LENGTH_DELIMITED -> bytes();
            case ProtoWriter.FIXED32 -> {
                require(4);
                pos += 4;
            }
            default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType
                    + " for field " + field);
        }
    }

    private void expect(int type) {
        if (wireType != type) {
            throw new IllegalArgumentException("protobuf field " + field + " has wire type " + wireType
                    + ", expected " + type);
        }
    }

    private void require(int n) {
        if (end - pos < n) {
            throw new IllegalArgumentException("protobuf field " + field + " runs past the end of the message");
        }
    }
}
