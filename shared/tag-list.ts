/**
 * Tags as the owner types them: trimmed, inner spaces collapsed, and never twice on one
 * record ("VIP" and "vip" are the same tag — the first spelling wins).
 */
import { foldText } from './text';

export function cleanTag(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

/** The tags with `raw` added, unless it is empty or already there. */
export function addTag(tags: readonly string[], raw: string): string[] {
  const tag = cleanTag(raw);
  if (tag === '' || hasTag(tags, tag)) return [...tags];
  return [...tags, tag];
}

export function hasTag(tags: readonly string[], tag: string): boolean {
  const key = foldText(tag);
  return tags.some((own) => foldText(own) === key);
}

/** Splits pasted or typed text on commas: "vip, golf" is two tags. */
export function splitTags(text: string): string[] {
  return text.split(',').map(cleanTag).filter(Boolean);
}

/**
 * Tags in use that match what has been typed and are not chosen yet: those starting with
 * it first, then alphabetical. Nothing typed lists them all (up to the limit).
 */
export function tagSuggestions(
  inUse: readonly string[],
  typed: string,
  chosen: readonly string[],
  limit = 8,
  locale = 'en',
): string[] {
  const query = foldText(typed);
  const seen = new Set(chosen.map(foldText));
  const candidates: { tag: string; key: string }[] = [];
  for (const raw of inUse) {
    const tag = cleanTag(raw);
    const key = foldText(tag);
    if (key === '' || seen.has(key) || !key.includes(query)) continue;
    seen.add(key);
    candidates.push({ tag, key });
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return candidates
    .sort(
      (a, b) =>
        Number(!a.key.startsWith(query)) - Number(!b.key.startsWith(query)) ||
        collator.compare(a.tag, b.tag),
    )
    .slice(0, limit)
    .map(({ tag }) => tag);
}
