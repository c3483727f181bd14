// The timing both checker benches share: milliseconds per call of a function, as the median of
// several rounds of calls. On a shared 2-core machine a mean is decided by the rounds another process
// disturbed; the median round is the typical one.
import { performance } from 'node:perf_hooks';

/** Milliseconds per call of `run`: after `warmUp` calls, the median of `rounds` rounds of `callsPerRound` calls. */
export function medianPerCall(run: () => unknown, rounds: number, callsPerRound: number, warmUp: number): number {
  for (let i = 0; i < warmUp; i++) run();
  const calls = Math.max(1, Math.round(callsPerRound));
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    for (let call = 0; call < calls; call++) run();
    times.push((performance.now() - start) / calls);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}
