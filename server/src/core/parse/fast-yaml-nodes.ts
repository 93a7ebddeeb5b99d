/**
 * Scalars and pairs for the fast YAML parser, made without yaml's constructors: those set the node-type tag
 * with Object.defineProperty on every instance, which costs more than the rest of building a node before the
 * code is optimized (a profile's first open). Here the tag sits on a prototype that extends yaml's own, so the
 * nodes are `instanceof Scalar` / `Pair`, have the same constructor and own properties, and yaml's isScalar and
 * isPair (which read the tag) accept them.
 */
import { Pair, Scalar } from 'yaml';

/** yaml's node-type key: the one symbol its nodes carry. */
const nodeType = Object.getOwnPropertySymbols(new Scalar(null))[0];

function tagged<T extends object>(proto: T, sample: object): T {
  return Object.create(proto, { [nodeType]: { value: (sample as Record<symbol, unknown>)[nodeType] } }) as T;
}

interface ScalarCtor {
  new (value: unknown): Scalar;
}
interface PairCtor {
  new (key: unknown, value: unknown): Pair;
}

const FastScalar = function (this: Scalar, value: unknown) {
  this.value = value;
} as unknown as ScalarCtor;
FastScalar.prototype = tagged(Scalar.prototype, new Scalar(null));

const FastPair = function (this: Pair, key: unknown, value: unknown) {
  this.key = key;
  this.value = value;
} as unknown as PairCtor;
FastPair.prototype = tagged(Pair.prototype, new Pair(null));

export function newScalar(value: unknown): Scalar {
  return new FastScalar(value);
}

export function newPair(key: unknown, value: unknown): Pair {
  return new FastPair(key, value);
}
