import { describe, expect, it } from 'vitest';
import type { ChainGraphInput } from '../analysis-types';
import { buildChainGraph } from '../chain-graph';
import { explodeProductGroup } from '../dependency-explosion';
import { generateChainGraph, mulberry32 } from './generate-chain-graph';

const small = { platforms: 3, items: 80, edges: 200, materials: 6, seed: 7 };

/** Independent reference: kg of each material in one unit of an item, by plain recursion. */
function referenceKg(input: ChainGraphInput, itemId: string): { kg: Map<string, number>; paths: Map<string, number> } {
  const children = new Map<string, { childId: string; quantity: number }[]>();
  for (const c of input.compositions) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const kg = new Map<string, number>();
  const paths = new Map<string, number>();
  const visit = (id: string, factor: number): void => {
    const here = new Set<string>();
    for (const im of input.itemMaterials) {
      if (im.itemId !== id) continue;
      kg.set(im.materialId, (kg.get(im.materialId) ?? 0) + factor * (im.quantityKg ?? 0));
      here.add(im.materialId); // two lines of one material in one item are one path
    }
    for (const materialId of here) paths.set(materialId, (paths.get(materialId) ?? 0) + 1);
    for (const c of children.get(id) ?? []) visit(c.childId, factor * c.quantity);
  };
  visit(itemId, 1);
  return { kg, paths };
}

describe('generateChainGraph', () => {
  it('gives the same graph for the same seed and another for another seed', () => {
    expect(generateChainGraph(small)).toEqual(generateChainGraph(small));
    expect(generateChainGraph({ ...small, seed: 8 }).compositions).not.toEqual(generateChainGraph(small).compositions);
  });

  it('makes exactly the asked number of items and edges, as a DAG where every item has a platform above it', () => {
    const input = generateChainGraph({ platforms: 4, items: 2_000, edges: 6_000, materials: 20, seed: 1 });
    expect(input.items).toHaveLength(2_000);
    expect(input.compositions).toHaveLength(6_000);
    expect(input.items.filter((i) => i.kind === 'PLATFORM')).toHaveLength(4);
    const graph = buildChainGraph(input); // throws on a cycle
    expect(graph.topoOrder).toHaveLength(2_000);
    const childOf = new Set(input.compositions.map((c) => c.childId));
    expect(input.items.filter((i) => i.kind !== 'PLATFORM' && !childOf.has(i.id))).toEqual([]);
  });

  it('explodes to the same quantities and path counts as plain recursion', () => {
    const input = generateChainGraph(small);
    const explosions = explodeProductGroup(buildChainGraph(input), { kinds: ['MATERIAL'] });
    for (const explosion of explosions) {
      const reference = referenceKg(input, explosion.platformId);
      expect(explosion.dependencies).toHaveLength(reference.kg.size);
      for (const d of explosion.dependencies) {
        const materialId = d.target.kind === 'MATERIAL' ? d.target.materialId : '';
        expect(d.quantity.value).toBeCloseTo(reference.kg.get(materialId)!, 6);
        expect(d.pathCount).toBe(reference.paths.get(materialId));
      }
    }
  });

  it('draws from a PRNG that repeats per seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
