package org.iblrnn.report;

import java.util.Map;

/**
 * One line per figure saying what a correct reproduction of the paper's network (50 tanh units, default task) shows,
 * keyed by figure stem. Kept in one place, apart from the figure classes, so captions survive renames of classes and
 * are reviewed together; a test checks that every registered figure has one and that none is left over.
 */
public final class FigureCaptions {

    private static final Map<String, String> CAPTIONS = Map.ofEntries(
            // task
            Map.entry("task_block_side_trial_side_by_trial_number",
                    "alternating orange and blue blocks of 20-100 trials, with about 80 % of the trial sides on the "
                            + "block's side."),
            Map.entry("task_stimuli_by_block_side",
                    "a spike at 0 from the blank steps and broad observation distributions; within a right block "
                            + "the right-side observations sit higher than the left-side ones, and vice versa."),
            Map.entry("task_stimuli_by_correct_trial_side",
                    "a round cloud centred near +1 on the correct side and near 0 on the other side, the two "
                            + "observations of a step uncorrelated."),
            Map.entry("task_stimuli_and_model_prob_in_first_n_trials",
                    "two blank steps, then one to three observations; P(right) leaves 0.5 (or the block prior) and "
                            + "crosses 0.9 or 0.1 at the decision, beside a similar but less extreme observer posterior."),
            // behaviour
            Map.entry("behav_dts_per_trial_by_strength",
                    "two inverted V's peaking at zero strength: the RNN from about 3.1 steps (strength 2.5) to 3.6, "
                            + "the Bayesian actor slower, from about 3.35 to 4.5."),
            Map.entry("behav_rnn_dts_per_trial_by_strength_correct_concordant",
                    "correct concordant trials fastest (about 3.1 to 3.5 steps), correct discordant trials slowest "
                            + "(up to about 3.9), errors in between with wide bands."),
            Map.entry("behav_prob_correct_action_by_dts_within_trial",
                    "all agents near 0.875 after one observation; RNN and observer decline together with more "
                            + "observations (harder trials take longer); the actor stays higher until its timeouts."),
            Map.entry("behav_prob_correct_action_by_trial_within_block",
                    "accuracy about 0.6-0.68 on the first trial after a switch, 0.82-0.87 by trial 5 and a plateau "
                            + "of 0.86-0.89 from about trial 10; RNN and observer overlap."),
            Map.entry("behav_prob_correct_action_by_trial_within_block_zero_contrast",
                    "zero-strength accuracy near 0.25 on the first trial (the old block's prior), rising to about "
                            + "0.65-0.7 within 10-20 trials; RNN, observer and actor close."),
            Map.entry("behav_prob_correct_action_by_zero_contrast_trial_within_block",
                    "the RNN's zero-strength accuracy rising from about 0.25 after a switch to about 0.65-0.7."),
            Map.entry("behav_prob_correct_by_strength_concordant",
                    "V shapes with concordant far above discordant at low strength: RNN about 0.73 / 0.27 at zero, "
                            + "the actor more extreme (about 0.79 / 0.17); all near 1 at strength 2.5."),
            Map.entry("behav_prob_correct_slope_intercept_by_prev_block_duration",
                    "noisy flat lines: the post-switch slope (about 0.02) and intercept (about 0.7) do not depend on "
                            + "the previous block's length."),
            Map.entry("behav_reward_rate",
                    "net reward near 0.7 after one observation for all agents, falling with every further "
                            + "observation; the actor plunges at the timeout."),
            Map.entry("behav_right_action_by_signed_contrast",
                    "two sigmoids shifted by the block: P(right) at zero strength about 0.74-0.77 in right blocks "
                            + "and 0.24-0.27 in left blocks, with the observer on top of the RNN."),
            Map.entry("behav_trial_outcome_by_trial_strength",
                    "correct fractions from about 0.63 at zero strength to 0.98 at 2.5, almost no timeouts, the "
                            + "observer and actor lines just above the RNN's bars."),
            // observers
            Map.entry("task_block_inference_multiple_blocks",
                    "the observer's scaled block posterior following the true block with a lag of a few trials, and "
                            + "the noisier RNN block coordinate keeping the same sign."),
            Map.entry("task_block_inference_single_block",
                    "the observer moving to the new block within about 5 trials after the switch; the RNN's block "
                            + "belief fluctuating with each trial's evidence but shifting its mean with the block."),
            Map.entry("behav_bayesian_dts_per_trial_by_strength_correct_concordant",
                    "the actor slower and more strength-dependent than the RNN: correct discordant trials slowest "
                            + "(about 4.5 at strength 2.5, over 6 near zero), correct concordant fastest."),
            Map.entry("state_space_projection_on_right_block_vector_by_trial_within_block",
                    "mirror-image curves crossing zero within about 2 trials of a switch and reaching a plateau "
                            + "within 10-12 trials, close to the observer's rescaled posterior."),
            Map.entry("state_space_projection_on_right_trial_vector_by_dts_within_trial",
                    "the stimulus coordinate largest on the first observation and decaying over later steps (trials "
                            + "that continue have weak evidence), matching the rescaled observer posterior."),
            // model
            Map.entry("model_hidden_unit_fraction_var_explained",
                    "about 0.76 of the variance in one dimension, 0.89 in two and nearly all by ten: the activity "
                            + "is low-dimensional."),
            // state space
            Map.entry("state_space_trajectories_within_trial",
                    "short paths that start near the previous trial's end and move along the stimulus direction "
                            + "towards the chosen side."),
            Map.entry("state_space_trajectories_within_block",
                    "zig-zags across the stimulus boundary, trial by trial, whose centre sits on the block's side of "
                            + "the block boundary."),
            Map.entry("state_space_trajectories_different_block_same_stimuli",
                    "two trials with nearly the same observations tracing similar paths offset along the block "
                            + "direction."),
            Map.entry("state_space_trials_by_classifier",
                    "four clusters of trial-end states cut by the two boundaries: large concordant ones (deep "
                            + "colours) and small discordant ones near the centre; block is linearly decodable."),
            Map.entry("state_space_effect_of_obs_along_task_aligned_vectors",
                    "an observation moves the state along the stimulus direction with slope about 0.84 (r about "
                            + "0.97) and along the block direction with slope about 0.18 (r about 0.83)."),
            Map.entry("state_space_effect_of_feedback_along_task_aligned_vectors",
                    "two stripes at feedback -1 and +1 with nearly flat lines: pooled over the chosen side, "
                            + "feedback alone moves neither coordinate much (see the next figure)."),
            Map.entry("state_space_effect_of_feedback_along_task_aligned_vectors_by_side",
                    "feedback pulling the stimulus coordinate back towards the centre, more after a reward, and "
                            + "moving the block coordinate towards the chosen side."),
            // fixed points and vector fields
            Map.entry("state_space_fixed_point_search",
                    "one attractor far on the stimulus's side for a strong stimulus; two attractors, one each side "
                            + "of the stimulus boundary, for the ambiguous and feedback inputs."),
            Map.entry("state_space_fixed_point_basins_of_attraction",
                    "one star near each condition's best stable fixed point with a patch of grid points around it "
                            + "that provably flow to it, dark (low energy) near the star."),
            Map.entry("state_space_vector_fields_ideal",
                    "flow towards the stimulus's side under a strong stimulus; under the other inputs flow "
                            + "converging onto a slow band through the centre that holds the block belief."),
            Map.entry("state_space_vector_fields_real",
                    "the same flow seen in the states the network visits: short arrows mid-trial, long arrows "
                            + "from the trial-end clusters under feedback."),
            // circuit
            Map.entry("model_effective_circuit",
                    "two large anti-correlated groups of units (about 23 each) plus a few weakly correlated units; "
                            + "the sorted recurrent weights, within about +-0.18, show little visible structure."),
            Map.entry("model_recurrent_weight_distributions",
                    "positive mean weights within a group of units and negative mean weights between the two "
                            + "groups."),
            Map.entry("model_recurrent_weight_avg_by_cluster",
                    "self-excitation within each readout-defined group and mutual inhibition between the Block+ and "
                            + "Block- groups and between the Stim+ and Stim- groups."),
            Map.entry("model_recurrent_weight_by_cluster",
                    "a noisy-looking matrix whose block structure is hard to see by eye (the previous figure "
                            + "summarises it)."),
            // RADD
            Map.entry("radd_behav_prob_correct_by_strength_concordant",
                    "the 2-unit RADD network using the block prior like the RNN: about 0.68 concordant / 0.29 "
                            + "discordant at zero strength."),
            Map.entry("radd_behav_prob_correct_by_trial_within_block",
                    "the RADD network dipping after a switch (about 0.69 on trial 1) and recovering by about trial "
                            + "10, like the RNN."),
            Map.entry("radd_state_space_distance_decoherence",
                    "distances that grow over a few steps and then saturate, with the RADD curve close to the "
                            + "projected RNN's."),
            Map.entry("radd_state_space_effect_of_obs_along_task_aligned_vectors",
                    "an observation moving the RADD stimulus unit about 5 times more than the block unit, the ratio "
                            + "the RNN shows."),
            Map.entry("radd_state_space_projection_on_right_block_vector_by_trial_within_block",
                    "the RADD block coordinate switching sign after a block switch and saturating within about 10 "
                            + "trials, as the RNN's does."),
            Map.entry("radd_state_space_trajectories_within_block",
                    "teacher-forced RADD states (solid) following the projected RNN (dashed) trial by trial, "
                            + "zig-zagging along the stimulus axis on the block's side."),
            Map.entry("radd_state_space_trajectories_within_trial",
                    "short within-trial paths along the stimulus coordinate at an offset set by the block "
                            + "coordinate."),
            Map.entry("radd_state_space_vector_fields_ideal",
                    "flow to a corner under left or right stimuli and, under equal stimuli, a line attractor along "
                            + "the diagonal that stores the block belief."),
            Map.entry("two_unit_task_trained_state_space_vector_fields_ideal",
                    "saturated states on a narrow diagonal band, streaming to one end or the other with the "
                            + "stimulus and barely drifting under equal stimuli: no separate block memory."),
            Map.entry("traditionally_distilled_state_space_vector_fields_ideal",
                    "flow to the stimulus's edge under strong stimuli and a slow drift under equal stimuli, with no "
                            + "clean line attractor."),
            Map.entry("compare_all_rnns_prob_correct_by_strength_concordant",
                    "RADD close to the 50-unit RNN (about 0.68 / 0.32 at zero strength); the task-trained and "
                            + "output-distilled 2-unit networks with a much smaller concordant-discordant gap."),
            Map.entry("compare_all_rnns_prob_correct_by_trial_within_block",
                    "the 50-unit RNN and RADD dipping after a switch and recovering by about trial 10; the other "
                            + "2-unit networks barely dipping; all plateau at 0.84-0.88."),
            // mice
            Map.entry("mice_vs_rnn_psychometric_by_block",
                    "psychometric curves shifted by the block for both; the mice at zero contrast about 0.31 "
                            + "(left blocks) and 0.65 (right blocks), with lapses the RNN does not have."),
            Map.entry("mice_vs_rnn_correct_by_contrast_concordance",
                    "concordant above discordant at low contrast for both; the mice at zero contrast about 0.67 / "
                            + "0.33, the RNN about 0.73 / 0.27."),
            Map.entry("mice_vs_rnn_correct_by_trial_after_switch",
                    "both dipping after a block switch (about 0.7 on the first trial) and recovering over the next "
                            + "trials."),
            Map.entry("mice_vs_rnn_reaction_time_by_contrast",
                    "correct choices slowest near zero contrast for both (mice in seconds, the RNN in steps to "
                            + "decision)."));

    private FigureCaptions() {
    }

    /** The caption of a figure stem, or null when it has none. */
    public static String of(String stem) {
        return CAPTIONS.get(stem);
    }

    /** Every stem with a caption. */
    public static java.util.Set<String> stems() {
        return CAPTIONS.keySet();
    }
}
