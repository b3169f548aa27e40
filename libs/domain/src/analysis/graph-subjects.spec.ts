import { describe, expect, it } from 'vitest';
import { buildChainGraph } from './chain-graph';
import { graphSubjects } from './graph-subjects';
import { handCheckedGraph, material } from './testing/hand-checked-graph';

describe('graphSubjects', () => {
  it('names the materials the chain contains and the countries of their supply and of its supply links', () => {
    const input = handCheckedGraph();
    const gallium = material('Ga', { supplies: [{ stage: 'PROCESSING', scope: 'GLOBAL', country: 'JP', share: 1, t: 1 }] });
    const subjects = graphSubjects(buildChainGraph({ ...input, materials: [...input.materials, gallium] }));
    // Gallium is in the catalogue but in no item, so neither it nor Japan concerns this chain.
    expect([...subjects.materialIds].sort()).toEqual(['Fe', 'Nd']);
    expect([...subjects.itemIds].sort()).toEqual(['C', 'F', 'P1', 'P2', 'S1', 'S2']);
    expect([...subjects.countries].sort()).toEqual(['AU', 'BR', 'CN', 'MY', 'NL', 'US']);
  });

  it('answers with what the viewer sees: without the supply link to the Netherlands, the Netherlands is not named', () => {
    const input = handCheckedGraph();
    const withoutNl = { ...input, supplyLinks: input.supplyLinks.filter((l) => l.country !== 'NL') };
    expect(graphSubjects(buildChainGraph(withoutNl)).countries.has('NL')).toBe(false);
  });
});
