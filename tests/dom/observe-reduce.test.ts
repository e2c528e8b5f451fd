import { describe, expect, it } from 'vitest';
import { reduce } from '../../src/dom/observe';

/** Runs `change` under a MutationObserver on the body and returns its records. */
function recordsOf(change: () => void): MutationRecord[] {
  const mo = new MutationObserver(() => {});
  mo.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  const records = mo.takeRecords();
  mo.disconnect();
  return records;
}

const ids = (nodes: Node[]) => nodes.map((n) => (n as Element).id || n.nodeName);

describe('reduce', () => {
  it('keeps one node per added subtree when children arrive after their parent, as parsing does', () => {
    document.body.innerHTML = '<main id="main"></main>';
    const main = document.getElementById('main') as HTMLElement;
    const records = recordsOf(() => {
      for (let i = 0; i < 3; i++) {
        const p = document.createElement('p');
        p.id = `p${i}`;
        main.append(p); // the element first...
        p.append('Some words ');
        const a = document.createElement('a');
        p.append(a); // ...then its children, then theirs
        a.append('link');
      }
    });
    expect(records.length).toBe(12);
    const batch = reduce(records);
    expect(ids(batch.nodes)).toEqual(['p0', 'p1', 'p2']);
    expect(batch.removed).toBe(false);
  });

  it('still drops a node added inside an added subtree it was not recorded with', () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.getElementById('feed') as HTMLElement;
    const post = document.createElement('article');
    post.id = 'post';
    const inner = document.createElement('div');
    post.append(inner); // before the post is in the page: no record
    const records = recordsOf(() => {
      feed.append(post);
      const p = document.createElement('p');
      p.id = 'late';
      inner.append(p); // target `inner` came with `post`, not in a record of its own
    });
    expect(ids(reduce(records).nodes)).toEqual(['post']);
  });

  it('reports where nodes were removed, and drops added nodes that left again', () => {
    document.body.innerHTML = '<div id="a"><p id="gone">x</p></div><div id="b"></div>';
    const records = recordsOf(() => {
      document.getElementById('gone')?.remove();
      const temp = document.createElement('p');
      temp.id = 'temp';
      document.getElementById('b')?.append(temp);
      temp.remove();
    });
    const batch = reduce(records);
    expect(batch.nodes).toEqual([]);
    expect(batch.removed).toBe(true);
    expect(ids(batch.removedFrom).sort()).toEqual(['a', 'b']);
  });

  it('drops blank text between new paragraphs, and removals inside new content', () => {
    document.body.innerHTML = '<main id="main"><p id="old">old</p></main>';
    const main = document.getElementById('main') as HTMLElement;
    const records = recordsOf(() => {
      for (let i = 0; i < 2; i++) {
        const p = document.createElement('p');
        p.id = `n${i}`;
        main.append(p, '\n'); // the newline a parser puts between paragraphs
        const gone = document.createElement('span');
        p.append('words', gone);
        gone.remove(); // inside a paragraph added in this same batch
      }
      main.append('  text of its own ');
    });
    const batch = reduce(records);
    expect(batch.nodes.map((n) => (n as Element).id || n.textContent)).toEqual([
      'n0',
      'n1',
      '  text of its own ',
    ]);
    expect(batch.removed).toBe(false);
  });

  it('turns a batch past the threshold into a rescan', () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.getElementById('feed') as HTMLElement;
    const records = recordsOf(() => {
      for (let i = 0; i < 5; i++) feed.append(document.createElement('p'));
    });
    expect(reduce(records, 3).rescan).toBe(true);
    expect(reduce(records, 5).rescan).toBe(false);
  });
});
