/**
 * The IBL task (described in README.md): {@link org.iblrnn.task.SessionGenerator} draws a
 * {@link org.iblrnn.task.GeneratedSession} from a stream given by {@link org.iblrnn.task.Seeds};
 * {@link org.iblrnn.task.SessionRunner} plays it with any {@link org.iblrnn.task.Agent} through a
 * {@link org.iblrnn.task.TaskEnvironment} and records a {@link org.iblrnn.task.SessionTable}, summarised by
 * {@link org.iblrnn.task.SessionStats}. The package knows nothing about models.
 */
package org.iblrnn.task;
