package org.iblrnn.task;

import java.util.Arrays;

/**
 * Growable column buffers behind {@link SessionTable}: rows are appended by writing at index {@link #size} after
 * {@link #ensureCapacity(int)}, then {@link #build()} trims them. Package-private; the runner and concat use it.
 */
final class SessionTableBuilder {

    final int stateSize;
    int size;
    int capacity;

    int[] sessionIndex;
    int[] blockIndex;
    int[] trialIndex;
    int[] trialWithinSession;
    int[] rnnStepIndex;
    int[] rnnStepWithinSession;
    double[] leftStimulus;
    double[] rightStimulus;
    double[] trialStrength;
    int[] trialSide;
    int[] blockSide;
    double[] loss;
    double[] reward;
    double[] leftActionProb;
    double[] rightActionProb;
    double[] hidden;
    boolean[] trialEnd;
    int[] actionTaken;
    int[] actionSide;
    int[] correctActionTaken;
    boolean[] isBlank;

    SessionTableBuilder(int initialCapacity, int stateSize) {
        if (stateSize < 0) {
            throw new IllegalArgumentException("agent stateSize() = " + stateSize + "; must be ≥ 0");
        }
        this.stateSize = stateSize;
        allocate(Math.max(16, initialCapacity));
    }

    private void allocate(int cap) {
        capacity = cap;
        sessionIndex = grow(sessionIndex, cap);
        blockIndex = grow(blockIndex, cap);
        trialIndex = grow(trialIndex, cap);
        trialWithinSession = grow(trialWithinSession, cap);
        rnnStepIndex = grow(rnnStepIndex, cap);
        rnnStepWithinSession = grow(rnnStepWithinSession, cap);
        leftStimulus = grow(leftStimulus, cap);
        rightStimulus = grow(rightStimulus, cap);
        trialStrength = grow(trialStrength, cap);
        trialSide = grow(trialSide, cap);
        blockSide = grow(blockSide, cap);
        loss = grow(loss, cap);
        reward = grow(reward, cap);
        leftActionProb = grow(leftActionProb, cap);
        rightActionProb = grow(rightActionProb, cap);
        hidden = grow(hidden, Math.multiplyExact(cap, stateSize));
        trialEnd = grow(trialEnd, cap);
        actionTaken = grow(actionTaken, cap);
        actionSide = grow(actionSide, cap);
        correctActionTaken = grow(correctActionTaken, cap);
        isBlank = grow(isBlank, cap);
    }

    /** Makes room for at least {@code rows} rows in total (grows by 1.5× to keep appends amortised O(1)). */
    void ensureCapacity(int rows) {
        if (rows > capacity) {
            long next = Math.max(rows, capacity + (capacity >> 1));
            allocate((int) Math.min(next, Integer.MAX_VALUE - 8));
        }
    }

    SessionTable build() {
        if (capacity != size) {
            allocate(size);
        }
        return new SessionTable(this);
    }

    private static int[] grow(int[] a, int n) {
        return a == null ? new int[n] : Arrays.copyOf(a, n);
    }

    private static double[] grow(double[] a, int n) {
        return a == null ? new double[n] : Arrays.copyOf(a, n);
    }

    private static boolean[] grow(boolean[] a, int n) {
        return a == null ? new boolean[n] : Arrays.copyOf(a, n);
    }
}
