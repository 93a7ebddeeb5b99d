import type { FaultRule } from './index.js';

interface ActiveRule {
  rule: FaultRule;
  left: number;
}

export interface FaultDecision {
  latencyMs: number;
  /** The first matching non-latency rule, if any. */
  action?: FaultRule;
}

function matches(rule: FaultRule, method: string, path: string): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? rule.path === path : rule.path.test(path);
}

/**
 * Fault rules in the order added. Every matching latency rule adds its delay; the first matching rule of
 * another kind decides the outcome. A rule with `times` stops matching once used up.
 */
export class FaultBook {
  private rules: ActiveRule[] = [];
  latencyMs = 0;

  add(rule: FaultRule): void {
    this.rules.push({ rule, left: rule.times ?? Infinity });
  }

  clear(): void {
    this.rules = [];
  }

  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { latencyMs: this.latencyMs };
    for (const active of this.rules) {
      if (active.left <= 0 || !matches(active.rule, method, path)) continue;
      if (active.rule.kind === 'latency') {
        decision.latencyMs += active.rule.ms ?? 0;
        active.left--;
      } else if (!decision.action) {
        decision.action = active.rule;
        active.left--;
      }
    }
    return decision;
  }
}
