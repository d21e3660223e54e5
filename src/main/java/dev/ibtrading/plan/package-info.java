/**
 * The allocation plan: from the strategies' target weights and the account to target quantities
 * ({@link dev.ibtrading.plan.TargetSizer}) and orders clipped by the caps ({@link
 * dev.ibtrading.plan.OrderCaps}), with the {@code allocation.*} settings ({@link
 * dev.ibtrading.plan.AllocationSettings}). The allocation trades a plan; eod-check reconciles
 * positions against the same plan, which is why it lives here and not in either intent.
 */
package dev.ibtrading.plan;
