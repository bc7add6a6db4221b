package org.iblrnn.config;

/**
 * All parameters of a run: the nested params.json of the original (see {@code io.ParamsJson} for the file form).
 *
 * @param model       model section
 * @param optimizer   optimizer section
 * @param lossFn      loss_fn.loss_fn
 * @param run         run section
 * @param numSessions env.num_sessions: sessions per gradient step (the batch)
 * @param env         env.kwargs: the task
 * @param description free text
 */
public record Params(ModelConfig model, OptimizerConfig optimizer, LossKind lossFn, RunConfig run, int numSessions,
                     TaskConfig env, String description) {

    /** The paper's run. */
    public static Params defaults() {
        return new Params(ModelConfig.defaults(), OptimizerConfig.defaults(), LossKind.NLL, RunConfig.defaults(), 1,
                TaskConfig.defaults(), "You can add a really really really long description here.");
    }

    public Params withModel(ModelConfig m) {
        return new Params(m, optimizer, lossFn, run, numSessions, env, description);
    }

    public Params withOptimizer(OptimizerConfig o) {
        return new Params(model, o, lossFn, run, numSessions, env, description);
    }

    public Params withRun(RunConfig r) {
        return new Params(model, optimizer, lossFn, r, numSessions, env, description);
    }

    public Params withEnv(TaskConfig e) {
        return new Params(model, optimizer, lossFn, run, numSessions, e, description);
    }

}
