import { describe, expect, it } from 'vitest';
import { addTag, cleanTag, hasTag, splitTags, tagSuggestions } from '../../../shared/tag-list';

describe('addTag', () => {
  it.each<[string[], string, string[]]>([
    [[], 'vip', ['vip']],
    [['vip'], '  golf  club ', ['vip', 'golf club']],
    [['VIP'], 'vip', ['VIP']],
    [['Café'], 'cafe', ['Café']],
    [['vip'], '   ', ['vip']],
    [[], '<img src=x onerror=alert(1)>', ['<img src=x onerror=alert(1)>']],
  ])('%j + %j → %j', (tags, raw, expected) => {
    expect(addTag(tags, raw)).toEqual(expected);
  });

  it('does not change the list it was given', () => {
    const tags = ['vip'];
    addTag(tags, 'golf');
    expect(tags).toEqual(['vip']);
  });
});

describe('cleanTag, hasTag and splitTags', () => {
  it('collapses spaces', () => expect(cleanTag(' a \t b ')).toBe('a b'));
  it('compares folded', () => expect(hasTag(['Ème'], 'eme')).toBe(true));
  it('splits on commas and drops empties', () =>
    expect(splitTags('vip, golf ,, ')).toEqual(['vip', 'golf']));
});

describe('tagSuggestions', () => {
  const inUse = ['vip', 'golf', 'VIP', 'board member', 'Élite', 'livewire'];

  it.each<[string, string[], string[]]>([
    ['', [], ['board member', 'Élite', 'golf', 'livewire', 'vip']],
    ['v', [], ['vip', 'livewire']],
    ['eli', [], ['Élite']],
    ['vi', ['VIP'], []],
    ['zzz', [], []],
  ])('typed %j, chosen %j → %j', (typed, chosen, expected) => {
    expect(tagSuggestions(inUse, typed, chosen)).toEqual(expected);
  });

  it('stops at the limit', () => {
    expect(tagSuggestions(inUse, '', [], 2)).toEqual(['board member', 'Élite']);
  });
});
