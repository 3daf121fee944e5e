/**
 * People and partners whose text would run as a spreadsheet formula, or break a line,
 * exported through the UI: the CSV download parses back to exactly one row per record,
 * every such cell neutralised with a leading `'`, and the vCard has no stray lines.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import type { StoredPartner, StoredPerson } from '../fixtures/dataset';
import { seedDatabase } from '../fixtures/seed-browser';
import { foldText } from '../../shared/text';
import { expect, test } from './fixtures';

const NOW = Date.UTC(2026, 0, 15, 12);

const HOSTILE = [
  '=1+1',
  '＝HYPERLINK("http://evil.example","click")',
  '@SUM(A1:A9)',
  '-2',
  '+1 555',
  '﹦1+1',
  ' =1+1',
  '\u3000＠cmd',
  '\t=tab',
  'Carriage\rReturn',
  'Line\nFeed',
  'Both\r\nBreaks',
];

const people: StoredPerson[] = HOSTILE.map((name, i) => ({
  id: `p${i}`,
  name,
  nameKey: foldText(name),
  company: HOSTILE[(i + 1) % HOSTILE.length],
  title: HOSTILE[(i + 2) % HOSTILE.length],
  notes: `${HOSTILE[(i + 3) % HOSTILE.length]}\r${HOSTILE[i]}`,
  createdAt: NOW,
  updatedAt: NOW,
  relationship: 'client',
  emails: [],
  phones: ['-1 555 0100'],
  tags: [HOSTILE[(i + 4) % HOSTILE.length]!.trim()],
}));

const partners: StoredPartner[] = HOSTILE.map((name, i) => ({
  id: `b${i}`,
  name,
  nameKey: foldText(name),
  category: HOSTILE[(i + 1) % HOSTILE.length],
  recommendation: HOSTILE[(i + 2) % HOSTILE.length],
  address: `${HOSTILE[(i + 3) % HOSTILE.length]}\n${HOSTILE[i]}`,
  status: 'active',
  tags: [],
  createdAt: NOW,
  updatedAt: NOW,
}));

/** What a spreadsheet would run: a formula sign, in any width, after any blank space. */
function couldRun(cell: string): boolean {
  const first = /^\s*(.)/su.exec(cell)?.[1] ?? '';
  return /^[=+\-@\t\r\n\0]/.test(cell) || /^[=+\-@]/.test(first.normalize('NFKC'));
}

function parseCsv(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

async function exportFrom(page: Page, what: 'people' | 'partners', format?: string) {
  await page.getByRole('button', { name: `Export ${what}` }).click();
  const dialog = page.getByRole('dialog', { name: `Export ${what}` });
  if (format) await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  await expect(dialog).toBeHidden();
  return readFile((await download.path())!);
}

function expectEveryCellSafe(rows: string[][], names: string[]) {
  const width = rows[0]!.length;
  expect(rows).toHaveLength(names.length + 1);
  for (const row of rows) {
    expect(row).toHaveLength(width);
    for (const cell of row) {
      if (couldRun(cell)) throw new Error(`A cell would run as a formula: ${JSON.stringify(cell)}`);
      if (cell.startsWith("'")) expect(couldRun(cell.slice(1))).toBe(true);
    }
  }
  const written = rows.slice(1).map((row) => row[0]!);
  expect(written.sort()).toEqual(names.map((name) => (couldRun(name) ? `'${name}` : name)).sort());
}

test('hostile names export to CSV with every cell neutralised', async ({ page }) => {
  await page.goto('./#/people');
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await seedDatabase(page, { people, partners });
  await page.reload();
  await expect(page.getByText(`${HOSTILE.length} people`, { exact: true })).toBeVisible();
  expectEveryCellSafe(parseCsv(await exportFrom(page, 'people')), HOSTILE);

  const vcard = (await exportFrom(page, 'people', 'vCard contacts')).toString('utf8');
  const lines = vcard.split('\r\n');
  expect(lines.pop()).toBe('');
  expect(vcard.match(/^BEGIN:VCARD$/gm)).toHaveLength(HOSTILE.length);
  for (const line of lines) expect(line).toMatch(/^(?: [^\r\n]*|[A-Z-]+[;:][^\r\n]*)$/);

  await page.goto('./#/partners');
  await expect(page.getByText(`${HOSTILE.length} partners`, { exact: true })).toBeVisible();
  expectEveryCellSafe(parseCsv(await exportFrom(page, 'partners')), HOSTILE);
});
