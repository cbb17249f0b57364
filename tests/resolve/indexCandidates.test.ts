import { indexCandidates } from '../../src/resolve/indexCandidates';
import type { CandidateEntity } from '../../src/resolve/ResolvedReport';

const cand = (id: string, keys: string[], gazetteerId?: string): CandidateEntity => ({ id, type: 'Place', name: id, normName: id, aliases: [], keys, gazetteerId });

describe('indexCandidates', () => {
  it('indexes by id, key and gazetteer id, and grows in place with add', () => {
    const idx = indexCandidates([cand('place:a', ['place|name|a'], '1')]);
    expect(idx.byKey('place|name|b')).toEqual([]);
    idx.add([cand('place:b', ['place|name|b', 'place|name|ab'], '2')]);
    expect(idx.byKey('place|name|b').map((c) => c.id)).toEqual(['place:b']);
    expect(idx.byGazetteerId('2').map((c) => c.id)).toEqual(['place:b']);
    expect(idx.byId.get('place:a')?.keys).toEqual(['place|name|a']);
  });

  it('counts a candidate found twice once, with the keys of both', () => {
    const idx = indexCandidates([cand('place:a', ['place|name|a'])]);
    idx.add([cand('place:a', ['place|name|alpha'])]);
    expect(idx.byKey('place|name|a')).toHaveLength(1);
    expect(idx.byKey('place|name|alpha')).toHaveLength(1);
    expect(idx.byId.get('place:a')?.keys).toEqual(['place|name|a', 'place|name|alpha']);
    expect(idx.byKey('place|name|a')[0]).toBe(idx.byId.get('place:a'));
  });
});
