package org.iblrnn.train;

/**
 * When the trainer logs and saves (the original's hook frequencies). A step s triggers an event when
 * s % every == 0; the last step always gets a checkpoint.
 *
 * @param scalarsEvery    TensorBoard scalars (100)
 * @param progressEvery   a progress line (250)
 * @param checkpointEvery a checkpoint (5000)
 */
public record TrainingSchedule(long scalarsEvery, long progressEvery, long checkpointEvery) {

    public TrainingSchedule {
        if (scalarsEvery < 1 || progressEvery < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("schedule intervals must be >= 1 but were " + scalarsEvery + ", "
                    + progressEvery + ", " + checkpointEvery);
        }
    }

    public static TrainingSchedule defaults() {
        return new TrainingSchedule(100, 250, 5000);
    }

    public TrainingSchedule withCheckpointEvery(long n) {
        return new TrainingSchedule(scalarsEvery, progressEvery, n);
    }
}
