/**
 * What a trigger asks and how a run answers it, shared by the edge and the run: the {@link
 * dev.ibtrading.trigger.Intent}, the parsed {@link dev.ibtrading.trigger.Trigger} with its {@link
 * dev.ibtrading.trigger.RunKey} and options, or the {@link dev.ibtrading.trigger.Rejection} of a
 * message that can never succeed; the {@link dev.ibtrading.trigger.TriggerHandler} that runs it and
 * the {@link dev.ibtrading.trigger.RunAnswer} that the edge turns into 200 or 503 ({@link
 * dev.ibtrading.trigger.AckPolicy}).
 */
package dev.ibtrading.trigger;
